using System.IO;
using System.Text;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;
using Xunit;

namespace FcTestSupport
{
    /// <summary>JSON helpers for assertions: parse without turning date strings into dates, compare whole values.</summary>
    public static class Json
    {
        /// <summary>Parses JSON text; ISO-looking strings stay strings, as they are in the handler's output.</summary>
        public static JToken Parse(string text)
        {
            using (var reader = new JsonTextReader(new StringReader(text)) { DateParseHandling = DateParseHandling.None })
            {
                return JToken.ReadFrom(reader);
            }
        }

        /// <summary>A value as UTF-8 JSON bytes, the way FC delivers an event.</summary>
        public static byte[] Bytes(JToken value)
        {
            return Encoding.UTF8.GetBytes(value.ToString(Formatting.None));
        }

        /// <summary>Fails unless both values are the same JSON (numbers compare by value, 1 == 1L).</summary>
        public static void AssertEqual(JToken expected, JToken actual)
        {
            Assert.True(JToken.DeepEquals(expected, actual), "Expected " + Text(expected) + "\nbut got  " + Text(actual));
        }

        private static string Text(JToken value)
        {
            return value == null ? "(nothing)" : value.ToString(Formatting.None);
        }
    }
}
