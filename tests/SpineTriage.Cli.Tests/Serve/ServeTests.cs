using System.Net;
using System.Text;
using System.Text.Json;
using SpineTriage.Cases;
using SpineTriage.Cli.Output;
using SpineTriage.Cli.Serve;

namespace SpineTriage.Cli.Tests.Serve;

/// <summary>
/// <c>spinetriage serve</c> on a real Kestrel port on loopback: the page, its endpoints and the CDS Hooks service. The
/// anonymous server is started once for the class (<see cref="AnonymousServer"/>): no test changes it, and starting it
/// (Kestrel and the default pack) for each of the class's tests cost seconds of the suite; the tests that need a server
/// of other settings start their own.
/// </summary>
public sealed class ServeTests(ServeTests.AnonymousServer shared) : IClassFixture<ServeTests.AnonymousServer>
{
    private static readonly Dictionary<string, double> NoThresholds = [];
    private readonly TriageServer _server = shared.Server;
    private readonly HttpClient _client = shared.Client;

    [Fact]
    public async Task The_page_and_its_files_are_served_with_headers_that_keep_other_scripts_out()
    {
        var page = await _client.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal("text/html", page.Content.Headers.ContentType?.MediaType);
        var html = await page.Content.ReadAsStringAsync();
        Assert.Contains("Decision support, not diagnosis", html, StringComparison.Ordinal);
        Assert.Contains("script-src 'self'", page.Headers.GetValues("Content-Security-Policy").Single(), StringComparison.Ordinal);
        Assert.Equal("nosniff", page.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/page.js")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync("/page.css")).StatusCode);
    }

    [Fact]
    public async Task The_seeds_offered_are_the_repository_s_cases_and_not_its_schema()
    {
        var names = JsonSerializer.Deserialize<string[]>(await _client.GetStringAsync("/api/seeds"))!;
        var expected = Directory.GetFiles(Path.Combine(RepositoryFiles.Root, "seeds"), "*.json")
            .Where(p => !p.EndsWith(".schema.json", StringComparison.Ordinal)).Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(expected, names);
        Assert.Equal(File.ReadAllText(RepositoryFiles.Seed("cauda-equina")), await _client.GetStringAsync("/api/seeds/cauda-equina"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/seeds/case.schema")).StatusCode);
    }

    [Theory]
    [InlineData("cauda-equina")]
    [InlineData("missing-data")]
    [InlineData("pseudarthrosis-ready-for-revision")]
    public async Task A_case_gets_the_verdicts_the_library_gives(string seed)
    {
        var text = File.ReadAllText(RepositoryFiles.Seed(seed));
        using var answer = await PostAsync(text);
        Assert.Equal("case", answer.RootElement.GetProperty("input").GetString());
        Assert.Equal(Verdicts(_server.Engine.Evaluate(PatientCaseJson.Parse(text))), Verdicts(answer.RootElement.GetProperty("report")));
    }

    [Fact]
    public async Task A_fhir_bundle_gets_its_case_s_verdicts_and_says_where_each_field_came_from()
    {
        var bundle = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "seeds", "fhir", "cauda-equina.bundle.json"));
        using var answer = await PostAsync(bundle);
        var root = answer.RootElement;
        Assert.Equal("fhir", root.GetProperty("input").GetString());
        var caseVerdicts = Verdicts(_server.Engine.Evaluate(PatientCaseJson.Parse(File.ReadAllText(RepositoryFiles.Seed("cauda-equina")))));
        Assert.Equal(caseVerdicts, Verdicts(root.GetProperty("report")));
        var sources = root.GetProperty("sources").EnumerateArray().ToList();
        Assert.Contains(sources, s => s.GetProperty("field").GetString() == "patient.age" && s.GetProperty("resource").GetString()!.StartsWith("Patient/", StringComparison.Ordinal));
        Assert.All(sources, s => Assert.False(string.IsNullOrEmpty(s.GetProperty("element").GetString())));
    }

    [Fact]
    public async Task A_bad_case_is_422_with_each_problem_located()
    {
        var response = await _client.PostAsync("/api/evaluate", new StringContent("{\"patient\": {\"age\": \"sixty\"}}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = body.RootElement.GetProperty("problems")[0];
        Assert.Equal("$.patient.age", problem.GetProperty("path").GetString());
        Assert.Equal(1, problem.GetProperty("line").GetInt32());
        Assert.True(problem.GetProperty("column").GetInt32() > 1);

        var syntax = await _client.PostAsync("/api/evaluate", new StringContent("{\"patient\": ", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.UnprocessableEntity, syntax.StatusCode);
    }

    [Fact]
    public async Task An_input_over_the_limit_is_refused_with_413()
    {
        var response = await _client.PostAsync("/api/evaluate", new StringContent(new string(' ', EvaluateEndpoint.MaxBodyBytes + 1), Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task The_cds_hooks_service_answers_a_loopback_caller_without_a_token()
    {
        using var discovery = JsonDocument.Parse(await _client.GetStringAsync("/cds-services"));
        var id = discovery.RootElement.GetProperty("services").EnumerateArray().First(s => s.GetProperty("hook").GetString() == "patient-view").GetProperty("id").GetString();
        var bundle = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryFiles.Root, "seeds", "fhir", "cauda-equina.bundle.json")));
        var resources = bundle.RootElement.GetProperty("entry").EnumerateArray().Select(e => e.GetProperty("resource")).ToList();
        var patient = resources.First(r => r.GetProperty("resourceType").GetString() == "Patient");
        var request = new Dictionary<string, object>
        {
            ["hook"] = "patient-view",
            ["hookInstance"] = Guid.NewGuid().ToString(),
            ["context"] = new Dictionary<string, object> { ["userId"] = "Practitioner/1", ["patientId"] = patient.GetProperty("id").GetString()! },
            ["prefetch"] = new Dictionary<string, object>
            {
                ["patient"] = patient,
                ["observations"] = SearchSet(resources, "Observation"),
                ["conditions"] = SearchSet(resources, "Condition"),
                ["procedures"] = SearchSet(resources, "Procedure"),
            },
        };
        var response = await _client.PostAsync($"/cds-services/{id}", new StringContent(JsonSerializer.Serialize(request), Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        Assert.Contains("Cauda", text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Without_allow_anonymous_the_cds_hooks_service_wants_a_token_and_the_page_still_works()
    {
        var keys = RepositoryFiles.WriteScratchFile("ehr-jwks.json", "{\"keys\": []}");
        using var server = Start(new ServeSettings("http://127.0.0.1:0", null, NoThresholds) { TrustedClients = [ServeArguments.TrustedClient("https://ehr.example.org=" + keys)], Audience = "https://cds.example.org" });
        using var client = new HttpClient { BaseAddress = new Uri(server.Addresses[0]) };
        var unsigned = await client.PostAsync("/cds-services/spinetriage-patient-view", new StringContent("{\"hook\": \"patient-view\"}", Encoding.UTF8, "application/json"));
        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/cds-services")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.PostAsync("/api/evaluate", new StringContent(File.ReadAllText(RepositoryFiles.Seed("cauda-equina"))))).StatusCode);
    }

    [Theory]
    [InlineData("http://0.0.0.0:5080")]
    [InlineData("http://*:5080")]
    [InlineData("http://127.0.0.1:5080;http://192.168.1.20:5080")]
    public void Allow_anonymous_refuses_an_address_other_machines_reach(string urls)
    {
        var run = CliRun.Of("serve", "--allow-anonymous", "--urls", urls);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--allow-anonymous serves only loopback addresses", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void Allow_anonymous_without_urls_is_checked_against_the_default_loopback_address()
    {
        var run = CliRun.Of("serve", "--allow-anonymous", "--urls", _server.Addresses[0]);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode); // the address is in use: it got past the loopback check
        Assert.True(ServeArguments.NotLoopback(ServeCommand.DefaultUrls) is null);
        var defaults = CliRun.Of("serve", "--allow-anonymous", "--trusted-client", "no-equals-sign");
        Assert.Equal(ExitCodes.Usage, defaults.ExitCode); // validated, not an internal error
        Assert.DoesNotContain("--allow-anonymous serves only loopback", defaults.Error, StringComparison.Ordinal);
        defaults.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("notaurl")]
    [InlineData("ftp://127.0.0.1:5080")]
    [InlineData(";")]
    public void Urls_that_are_not_http_addresses_are_usage_errors(string urls)
    {
        var run = CliRun.Of("serve", "--urls", urls);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--urls", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void An_address_in_use_is_one_line_and_exit_1_not_a_stack_trace()
    {
        var run = CliRun.Of("serve", "--urls", _server.Addresses[0]);
        Assert.Equal(ExitCodes.BadInput, run.ExitCode);
        Assert.Contains($"spinetriage: cannot listen on {_server.Addresses[0]}", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("https://ehr.example.org")]
    [InlineData("https://ehr.example.org=/no/such/file.json")]
    [InlineData("https://ehr.example.org=http://keys.example.org/jwks")]
    public void A_trusted_client_needs_an_issuer_and_a_key_set_file_or_https_url(string value)
    {
        var run = CliRun.Of("serve", "--trusted-client", value);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains("--trusted-client", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Theory]
    [InlineData("::")]
    [InlineData("triage.example.org")]
    [InlineData("ftp://triage.example.org")]
    public void An_audience_that_is_no_http_or_https_url_is_a_usage_error(string value)
    {
        // It served, and refused every EHR call as unauthorized: no token names such an audience.
        var run = CliRun.Of("serve", "--audience", value);
        Assert.Equal(ExitCodes.Usage, run.ExitCode);
        Assert.Contains($"--audience '{value}'", run.Error, StringComparison.Ordinal);
        run.AssertNoStackTrace();
    }

    [Fact]
    public void A_bad_rules_directory_is_a_located_error_and_nothing_listens()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        File.WriteAllText(Path.Combine(directory, "broken.json"), "[{\"WorkflowName\": \"x\", \"Rules\": [{\"RuleName\": \"r\", \"Expression\": \"input1.Nope >\"}]}]");
        var error = new StringWriter();
        Assert.Null(TriageServer.TryStart(new ServeSettings("http://127.0.0.1:0", directory, NoThresholds), new OutputWriter(new StringWriter(), error), logToConsole: false));
        Assert.Contains(Path.Combine(directory, "broken.json") + ":", error.ToString(), StringComparison.Ordinal);
        Assert.Contains("the server did not start", error.ToString(), StringComparison.Ordinal);

        var missing = CliRun.Of("serve", "--rules", Path.Combine(directory, "absent"), "--urls", "http://127.0.0.1:0");
        Assert.Equal(ExitCodes.BadInput, missing.ExitCode);
        Assert.Contains(CliProblemCodes.DirectoryNotFound, missing.Error, StringComparison.Ordinal);
        missing.AssertNoStackTrace();
    }

    [Fact]
    public async Task With_a_rules_directory_an_edit_is_put_in_force_while_serving()
    {
        var directory = RepositoryFiles.NewScratchDirectory();
        foreach (var file in Directory.GetFiles(RepositoryFiles.RulesDirectory, "*.json"))
        {
            File.Copy(file, Path.Combine(directory, Path.GetFileName(file)));
        }

        using var server = Start(new ServeSettings("http://127.0.0.1:0", directory, NoThresholds));
        var before = server.Engine.RuleSetHash;
        var fusion = Path.Combine(directory, "fusion-appropriateness.json");
        const string threshold = "\"Name\": \"nicotineFreeWeeksMin\",\n      \"Expression\": \"6\"";
        var text = File.ReadAllText(fusion).ReplaceLineEndings("\n");
        Assert.Contains(threshold, text, StringComparison.Ordinal);
        File.WriteAllText(fusion, text.Replace(threshold, threshold.Replace("\"6\"", "\"7\"", StringComparison.Ordinal), StringComparison.Ordinal));
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (server.Engine.RuleSetHash == before && DateTime.UtcNow < deadline)
        {
            await Task.Delay(50);
        }

        Assert.NotEqual(before, server.Engine.RuleSetHash);
        using var client = new HttpClient { BaseAddress = new Uri(server.Addresses[0]) };
        var answer = await client.PostAsync("/api/evaluate", new StringContent(File.ReadAllText(RepositoryFiles.Seed("cauda-equina")), Encoding.UTF8, "application/json"));
        Assert.Contains(server.Engine.RuleSetHash, await answer.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private static TriageServer Start(ServeSettings settings) =>
        TriageServer.TryStart(settings, new OutputWriter(new StringWriter(), new StringWriter()), logToConsole: false)
            ?? throw new InvalidOperationException("The server did not start.");

    /// <summary>A search result as the EHR would send it (FHIR has no empty arrays: no match, no <c>entry</c>).</summary>
    private static Dictionary<string, object> SearchSet(List<JsonElement> resources, string type)
    {
        var set = new Dictionary<string, object> { ["resourceType"] = "Bundle", ["type"] = "searchset" };
        var entries = resources.Where(r => r.GetProperty("resourceType").GetString() == type).Select(r => new Dictionary<string, object> { ["resource"] = r }).ToList();
        if (entries.Count > 0)
        {
            set["entry"] = entries;
        }

        return set;
    }

    private async Task<JsonDocument> PostAsync(string body)
    {
        var response = await _client.PostAsync("/api/evaluate", new StringContent(body, Encoding.UTF8, "application/json"));
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, text);
        return JsonDocument.Parse(text);
    }

    private static string Verdicts(Reports.TriageReport report) => string.Join(", ", report.Assessments.Select(a => $"{a.Assessment}={a.Verdict}"));

    private static string Verdicts(JsonElement report) =>
        string.Join(", ", report.GetProperty("assessments").EnumerateObject().Select(a => $"{a.Name}={a.Value.GetProperty("verdict").GetString()}"));

    /// <summary>The server with <c>--allow-anonymous</c> on a free loopback port, and a client of it, shared by the class's tests.</summary>
    public sealed class AnonymousServer : IDisposable
    {
        public AnonymousServer()
        {
            Server = Start(new ServeSettings("http://127.0.0.1:0", null, NoThresholds) { AllowAnonymous = true });
            Client = new HttpClient { BaseAddress = new Uri(Server.Addresses[0]), Timeout = TimeSpan.FromSeconds(30) };
        }

        internal TriageServer Server { get; }

        public HttpClient Client { get; }

        public void Dispose()
        {
            Client.Dispose();
            Server.Dispose();
        }
    }
}
