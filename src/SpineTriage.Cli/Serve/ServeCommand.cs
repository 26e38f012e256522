using System.CommandLine;
using SpineTriage.Cli.Evaluate;
using SpineTriage.Cli.Output;

namespace SpineTriage.Cli.Serve;

/// <summary>
/// <c>spinetriage serve</c>: the CDS Hooks service and a page to try a case, on Kestrel, on loopback unless
/// <c>--urls</c> says otherwise; with <c>--rules DIR</c> the rules are reloaded when their files change. The service
/// takes JWTs from <c>--trusted-client</c> EHRs, or none from loopback callers with <c>--allow-anonymous</c>.
/// </summary>
internal static class ServeCommand
{
    /// <summary>Where the service listens when <c>--urls</c> is not given: this machine only.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    public static Command Create(OutputWriter output)
    {
        var urls = new Option<string>("--urls")
        {
            Description = $"Where to listen, separated by ';' (default {DefaultUrls}: this machine only).",
            HelpName = "URLS",
            DefaultValueFactory = _ => DefaultUrls,
        };
        var rules = EngineOptions.Rules();
        rules.Description = "A directory of rule files to use instead of the embedded default pack; edits to it are put in force while serving (an invalid edit is refused and the last good rules stay).";
        var thresholds = EngineOptions.Thresholds();
        var anonymous = new Option<bool>("--allow-anonymous")
        {
            Description = "Development only: the CDS Hooks service answers without a JWT, to loopback callers only; refused unless every --urls address is loopback.",
        };
        var trusted = new Option<string[]>("--trusted-client")
        {
            Description = "An EHR whose JWTs the CDS Hooks service accepts: ISSUER=JWKS, its issuer and its JSON Web Key Set (a file, or an https URL). Repeatable.",
            HelpName = "ISSUER=JWKS",
        };
        trusted.Validators.Add(result =>
        {
            foreach (var problem in result.Tokens.Select(token => ServeArguments.TrustedClientProblem(token.Value)).OfType<string>())
            {
                result.AddError(problem);
            }
        });
        var audience = new Option<string?>("--audience")
        {
            Description = "The service's public URL, which the EHRs' JWTs must name as their audience (aud).",
            HelpName = "URL",
        };
        audience.Validators.Add(result =>
        {
            if (result.Tokens is [{ } token] && ServeArguments.AudienceProblem(token.Value) is { } problem)
            {
                result.AddError(problem);
            }
        });
        var command = new Command("serve", "Serve the CDS Hooks service (/cds-services) and a page at / to try a case: pick a seed or paste a case or a FHIR bundle, see the report, edit a field. Ctrl+C stops.")
        {
            urls, rules, thresholds, anonymous, trusted, audience,
        };
        command.Validators.Add(result =>
        {
            // A validator sees no default value: --urls not given is the default.
            var addresses = result.GetValue(urls) ?? DefaultUrls;
            if (ServeArguments.NotUrls(addresses) is { } notUrls)
            {
                result.AddError(notUrls);
            }
            else if (result.GetValue(anonymous) && ServeArguments.NotLoopback(addresses) is { } problem)
            {
                result.AddError(problem);
            }
        });
        command.SetAction(parseResult => Run(
            new ServeSettings(parseResult.GetValue(urls)!, parseResult.GetValue(rules), ThresholdArgument.ToDictionary(parseResult.GetValue(thresholds) ?? []))
            {
                AllowAnonymous = parseResult.GetValue(anonymous),
                TrustedClients = [.. (parseResult.GetValue(trusted) ?? []).Select(ServeArguments.TrustedClient)],
                Audience = parseResult.GetValue(audience),
            },
            output));
        return command;
    }

    public static int Run(ServeSettings settings, OutputWriter output)
    {
        if (settings.RulesDirectory is { } directory && !Directory.Exists(directory))
        {
            ProblemWriter.Write([TriageEngineLoader.MissingDirectory(directory)], output);
            return ExitCodes.BadInput;
        }

        var server = TriageServer.TryStart(settings, output);
        if (server is null)
        {
            return ExitCodes.BadInput;
        }

        using (server)
        {
            foreach (var address in server.Addresses)
            {
                output.WriteLine($"SpineTriage page: {address}/  (CDS Hooks discovery: {address}/cds-services)");
            }

            output.WriteLine("Decision support, not diagnosis: a clinician decides. Ctrl+C stops.");
            server.WaitForShutdown();
        }

        return ExitCodes.Success;
    }
}
