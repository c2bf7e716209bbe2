using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using Newtonsoft.Json.Linq;

namespace FcTestSupport
{
    /// <summary>
    /// The project's trigger contracts (contracts/&lt;trigger&gt;.json at the project root): events in, the result
    /// the handler must give, and events a trigger's decoder must leave to others. Every language's tests read
    /// the same files, so a trigger's expected results live in one place.
    /// </summary>
    public static class Contracts
    {
        /// <summary>The contract of a trigger, parsed.</summary>
        public static JObject Read(string triggerId)
        {
            var path = Path.Combine(SampleEvents.ProjectRoot, "contracts", triggerId + ".json");
            return (JObject)Json.Parse(File.ReadAllText(path, Encoding.UTF8));
        }

        /// <summary>The names of a contract's "cases" or "rejects".</summary>
        public static IEnumerable<string> Names(string triggerId, string list)
        {
            return Read(triggerId)[list].Select(entry => (string)entry["name"]);
        }

        /// <summary>The one entry of a contract's "cases" or "rejects" with this name.</summary>
        public static JObject Entry(string triggerId, string list, string name)
        {
            return (JObject)Read(triggerId)[list].Single(entry => (string)entry["name"] == name);
        }

        /// <summary>Whether the contract's results are HTTP responses whose body is JSON text, compared as the value it holds.</summary>
        public static bool JsonBody(string triggerId)
        {
            var flag = Read(triggerId)["jsonBody"];
            return flag != null && flag.Type == JTokenType.Boolean && (bool)flag;
        }

        /// <summary>The bytes an entry's event stands for, in whichever of the four forms it is given.</summary>
        public static byte[] EventBytes(JObject entry)
        {
            var forms = new[] { "eventFile", "event", "eventText", "eventBase64" }.Where(form => entry[form] != null).ToList();
            if (forms.Count != 1) throw new InvalidDataException("contract entry \"" + entry["name"] + "\" must give its event in exactly one form, not: " + string.Join(", ", forms));
            var value = entry[forms[0]];
            switch (forms[0])
            {
                case "eventFile": return SampleEvents.Read((string)value);
                case "event": return Json.Bytes(value);
                case "eventText": return Encoding.UTF8.GetBytes((string)value);
                default: return Convert.FromBase64String((string)value);
            }
        }
    }
}
