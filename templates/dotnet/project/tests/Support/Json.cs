using System;
using System.IO;
using System.Linq;
using System.Numerics;
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

        /// <summary>Fails unless both are the same JSON value (see SameValue).</summary>
        public static void AssertEqual(JToken expected, JToken actual)
        {
            Assert.True(SameValue(expected, actual), "Expected " + Text(expected) + "\nbut got  " + Text(actual));
        }

        /// <summary>
        /// Whether two values are the same JSON: objects whatever their key order, arrays item by item, numbers by
        /// value. JSON has one number type, so 42 and 42.0 are equal; Newtonsoft's DeepEquals tells them apart.
        /// </summary>
        public static bool SameValue(JToken expected, JToken actual)
        {
            if (expected == null || actual == null) return expected == null && actual == null;
            if (IsNumber(expected) && IsNumber(actual)) return SameNumber((JValue)expected, (JValue)actual);
            if (expected.Type != actual.Type) return false;
            if (expected is JObject fields)
            {
                var others = (JObject)actual;
                return fields.Count == others.Count && fields.Properties().All(field => others.TryGetValue(field.Name, out var value) && SameValue(field.Value, value));
            }
            if (expected is JArray items)
            {
                var others = (JArray)actual;
                return items.Count == others.Count && items.Zip(others, SameValue).All(same => same);
            }
            return Equals(((JValue)expected).Value, ((JValue)actual).Value);
        }

        private static bool IsNumber(JToken value)
        {
            return value.Type == JTokenType.Integer || value.Type == JTokenType.Float;
        }

        // Integers compare exactly (64-bit and larger); a float equals an integer only when it is that whole number.
        private static bool SameNumber(JValue expected, JValue actual)
        {
            var whole = Integer(expected);
            var other = Integer(actual);
            if (whole.HasValue || other.HasValue) return whole.HasValue && other.HasValue && whole.Value == other.Value;
            return Convert.ToDouble(expected.Value).Equals(Convert.ToDouble(actual.Value));
        }

        private static BigInteger? Integer(JValue number)
        {
            if (number.Value is BigInteger big) return big;
            if (number.Type == JTokenType.Integer) return new BigInteger(Convert.ToDecimal(number.Value));
            var value = Convert.ToDouble(number.Value);
            return !double.IsInfinity(value) && Math.Floor(value) == value ? new BigInteger(value) : (BigInteger?)null;
        }

        private static string Text(JToken value)
        {
            return value == null ? "(nothing)" : value.ToString(Formatting.None);
        }
    }
}
