using System;
using System.Collections.Generic;
using Aliyun.Serverless.Core;
using Microsoft.Extensions.Logging;

namespace FcTestSupport
{
    /// <summary>A stand-in for the IFcContext FC's .NET runtime passes to a handler.</summary>
    public class FakeFcContext : IFcContext, IFunctionParameter, ICredentials, IServiceMeta
    {
        private readonly FakeLogger logger = new FakeLogger();

        public FakeFcContext(string functionName)
        {
            FunctionName = functionName;
        }

        public string RequestId => "test-request-id";
        public IFunctionParameter FunctionParam => this;
        public IFcLogger Logger => logger;
        public ICredentials Credentials => this;
        public string AccountId => "123456789012";
        public string Region => "cn-hangzhou";
        public IServiceMeta ServiceMeta => this;

        /// <summary>What the function logged, one line per call.</summary>
        public IReadOnlyList<string> Logged => logger.Lines;

        public string FunctionName { get; }
        public string FunctionHandler => "HandleRequest";
        public string FunctionInitializer => string.Empty;
        public int MemoryLimitInMB => 128;
        public TimeSpan FunctionTimeout => TimeSpan.FromSeconds(60);
        public TimeSpan InitializationTimeout => TimeSpan.FromSeconds(3);

        public string AccessKeyId => "test-access-key-id";
        public string AccessKeySecret => "test-access-key-secret";
        public string SecurityToken => "test-security-token";

        public string Name => "test-service";
        public string LogProject => string.Empty;
        public string LogStore => string.Empty;
        public string Qualifier => "LATEST";
        public string VersionId => string.Empty;

        private sealed class FakeLogger : IFcLogger
        {
            public readonly List<string> Lines = new List<string>();

            public LogLevel EnabledLogLevel { get; set; } = LogLevel.Information;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception exception, Func<TState, Exception, string> formatter)
            {
                if (IsEnabled(logLevel)) Lines.Add(formatter(state, exception));
            }

            public bool IsEnabled(LogLevel logLevel) => logLevel >= EnabledLogLevel;

            public IDisposable BeginScope<TState>(TState state) => null;
        }
    }
}
