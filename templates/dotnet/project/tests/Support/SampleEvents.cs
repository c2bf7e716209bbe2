using System;
using System.IO;
using System.Text;
using Newtonsoft.Json.Linq;

namespace FcTestSupport
{
    /// <summary>The project's sample events (events/ at the project root), as FC would hand them to a handler.</summary>
    public static class SampleEvents
    {
        /// <summary>The project root: the nearest folder above the test binaries that holds s.yaml.</summary>
        public static string ProjectRoot
        {
            get
            {
                for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder != null; folder = folder.Parent)
                {
                    if (File.Exists(Path.Combine(folder.FullName, "s.yaml"))) return folder.FullName;
                }
                throw new DirectoryNotFoundException("no s.yaml above " + AppContext.BaseDirectory);
            }
        }

        /// <summary>The raw bytes of events/&lt;fileName&gt;.</summary>
        public static byte[] Read(string fileName)
        {
            return File.ReadAllBytes(Path.Combine(ProjectRoot, "events", fileName));
        }

        /// <summary>events/&lt;fileName&gt; parsed, to change before sending it again.</summary>
        public static JToken ReadJson(string fileName)
        {
            return Json.Parse(Encoding.UTF8.GetString(Read(fileName)));
        }

        /// <summary>The file names in events/.</summary>
        public static string[] FileNames()
        {
            return Array.ConvertAll(Directory.GetFiles(Path.Combine(ProjectRoot, "events")), path => Path.GetFileName(path));
        }
    }
}
