using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;
using SpineTriage.Cases;
using SpineTriage.Cli.Output;
using SpineTriage.Cli.Serve;

namespace SpineTriage.Cli.Tests.Serve;

/// <summary>
/// The page of <c>spinetriage serve</c> in a real browser: Debian's chromium, driven through its chromedriver. Without
/// them the test is skipped, saying so; <c>.ci/run</c> installs them and sets <see cref="RequireVariable"/>, so that in
/// CI a missing browser fails the test instead.
/// </summary>
public sealed class PageBrowserTests
{
    /// <summary>Set to 1 to fail, not skip, when the browser or its driver is missing.</summary>
    public const string RequireVariable = "SPINETRIAGE_REQUIRE_BROWSER";

    private static readonly string Chromium = Environment.GetEnvironmentVariable("SPINETRIAGE_CHROMIUM") ?? "/usr/bin/chromium";
    private static readonly string ChromeDriver = Environment.GetEnvironmentVariable("SPINETRIAGE_CHROMEDRIVER") ?? "/usr/bin/chromedriver";

    [SkippableFact]
    public void A_clinician_picks_a_seed_sees_the_verdict_edits_a_field_and_sees_it_change()
    {
        var found = File.Exists(Chromium) && File.Exists(ChromeDriver);
        Skip.If(!found && Environment.GetEnvironmentVariable(RequireVariable) != "1",
            $"No browser: install Debian's chromium and chromium-driver ({Chromium}, {ChromeDriver}), or set SPINETRIAGE_CHROMIUM and SPINETRIAGE_CHROMEDRIVER.");
        Assert.True(found, $"{RequireVariable}=1, but {Chromium} or {ChromeDriver} is missing (apt-get install chromium chromium-driver).");

        using var server = TriageServer.TryStart(new ServeSettings("http://127.0.0.1:0", null, new Dictionary<string, double>()) { AllowAnonymous = true }, new OutputWriter(new StringWriter(), new StringWriter()), logToConsole: false)!;
        using var browser = StartBrowser();
        // Polled every 100 ms, not the default 500 ms: each of the six waits otherwise adds up to half a second.
        var wait = new WebDriverWait(browser, TimeSpan.FromSeconds(30)) { PollingInterval = TimeSpan.FromMilliseconds(100) };
        wait.IgnoreExceptionTypes(typeof(StaleElementReferenceException)); // the report is redrawn on every answer
        browser.Navigate().GoToUrl(server.Addresses[0] + "/");
        wait.Until(d => d.FindElement(By.TagName("body")).GetDomAttribute("data-ready") == "true");

        // Pick a seed: the verdict the library gives appears.
        const string seed = "degenerative-spondylolisthesis-ready";
        var expected = server.Engine.Evaluate(PatientCaseJson.Parse(File.ReadAllText(RepositoryFiles.Seed(seed)))).Assessments.Single(a => a.Assessment == "fusion").Verdict;
        Assert.Equal("Appropriate", expected);
        browser.FindElement(By.CssSelector($"#seed option[value='{seed}']")).Click();
        wait.Until(d => Text(d, "verdict-fusion") == expected);
        Assert.NotEmpty(browser.FindElements(By.CssSelector("#assessment-fusion .citation")));
        Assert.DoesNotContain("null", browser.FindElement(By.Id("assessments")).Text, StringComparison.Ordinal);

        // Edit one field: a current smoker is optimised first, and the page says so.
        browser.FindElement(By.Id("field-path")).SendKeys("patient.smokingStatus");
        browser.FindElement(By.Id("field-value")).SendKeys("current");
        browser.FindElement(By.Id("field-set")).Click();
        wait.Until(d => Text(d, "verdict-fusion") == "OptimizeFirst");
        Assert.Contains("\"smokingStatus\": \"current\"", browser.FindElement(By.Id("case")).GetDomProperty("value"), StringComparison.Ordinal);
        SaveScreenshot(browser, "serve-page.png");

        // Remove a datum the verdict depends on: Incomplete, with the verdicts still open and what decides them.
        browser.FindElement(By.Id("field-path")).Clear();
        browser.FindElement(By.Id("field-path")).SendKeys("symptoms.imagingConcordant");
        browser.FindElement(By.Id("field-value")).Clear();
        browser.FindElement(By.Id("field-value")).SendKeys("null");
        browser.FindElement(By.Id("field-set")).Click();
        wait.Until(d => Text(d, "verdict-fusion") == "Incomplete");
        Assert.Contains(browser.FindElements(By.CssSelector("#assessment-fusion code")), c => c.Text == "symptoms.imagingConcordant");

        // A FHIR bundle pasted in: red flags first, and where each field came from.
        var bundle = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "seeds", "fhir", "cauda-equina.bundle.json"));
        SetCaseText(browser, bundle);
        browser.FindElement(By.Id("evaluate")).Click();
        wait.Until(d => d.FindElement(By.Id("red-flags")).Displayed && d.FindElement(By.Id("provenance")).Displayed);
        Assert.Contains("Red flag", browser.FindElement(By.Id("red-flags")).Text, StringComparison.Ordinal);
        Assert.NotEmpty(browser.FindElements(By.CssSelector("#provenance tbody tr")));
        SaveScreenshot(browser, "serve-page-fhir.png");

        // A broken case: the problem, located, instead of a report.
        SetCaseText(browser, "{\"patient\": {\"age\": \"sixty\"}}");
        browser.FindElement(By.Id("evaluate")).Click();
        wait.Until(d => d.FindElement(By.Id("problems")).Displayed);
        Assert.Contains("$.patient.age", browser.FindElement(By.Id("problems")).Text, StringComparison.Ordinal);
    }

    private static ChromeDriver StartBrowser()
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(ChromeDriver)!, Path.GetFileName(ChromeDriver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Chromium };
        // As root in a container, without the network: no sandbox, and none of the browser's own background connections.
        // One process (--single-process, --no-zygote) instead of a browser, a zygote, a renderer and a GPU process: about 2 s
        // less CPU per run (12.3 vs 14.3 s for this test, three interleaved pairs), of the suite's 60 s bar on two cores.
        options.AddArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--disable-quic", "--no-first-run", "--single-process", "--no-zygote",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--window-size=1400,1700",
            "--user-data-dir=" + RepositoryFiles.NewScratchDirectory());
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
    }

    private static string Text(IWebDriver driver, string id) => driver.FindElements(By.Id(id)) is [var element, ..] ? element.Text : "";

    /// <summary>Puts text into the case box as a paste would (typing a 30 KB bundle key by key would take minutes).</summary>
    private static void SetCaseText(ChromeDriver browser, string text) =>
        browser.ExecuteScript("const box = document.getElementById('case'); box.value = arguments[0];", text);

    /// <summary>Saves the page under <c>artifacts/screenshots/</c> at the repository's root, for the record of the run.</summary>
    private static void SaveScreenshot(ChromeDriver browser, string name)
    {
        var directory = Path.Combine(RepositoryFiles.Root, "artifacts", "screenshots");
        Directory.CreateDirectory(directory);
        browser.GetScreenshot().SaveAsFile(Path.Combine(directory, name));
    }
}
