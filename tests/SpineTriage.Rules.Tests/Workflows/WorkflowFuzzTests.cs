using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using SpineTriage.Rules.Tests.Workload;

namespace SpineTriage.Rules.Tests.Workflows;

// Random damage to valid workflow files must come back as diagnostics with a location, never as another exception.
public sealed class WorkflowFuzzTests
{
    internal const string Featured = """
        [
          { "WorkflowName": "Base", "GlobalParams": [ { "Name": "limit", "Expression": "3" } ],
            "Properties": { "precedence": [ "Urgent" ] },
            "Rules": [
              { "RuleName": "A", "SuccessEvent": "Urgent", "Expression": "patient.Age > limit AND patient.Levels.Any(l => l.TranslationMm > 3)",
                "ErrorMessage": "Age $(patient.Age)", "Properties": { "source": "x" },
                "Actions": { "OnSuccess": { "Name": "OutputExpression", "Context": { "Expression": "patient.Age * 2" } },
                             "OnFailure": { "Name": "EvaluateRule", "Context": { "workflowName": "Extra", "ruleName": "E" } } } },
              { "RuleName": "N", "Operator": "Or", "localParams": [ { "Name": "old", "Expression": "patient.Age > 65" } ],
                "Rules": [ { "RuleName": "N1", "Expression": "old" }, { "RuleName": "N2", "Expression": "patient.Bmi >= 40", "Enabled": false } ] }
            ] },
          { "WorkflowName": "Extra", "WorkflowsToInject": [ "Base" ], "Rules": [ { "RuleName": "E", "Expression": "patient.PsychScreen != null" } ] }
        ]
        """;

    private static readonly string[] Bases = [TwentyRuleWorkload.Json, Featured];
    private static readonly string Noise = "{}[]\",:0-1.5e\\ aZ\n\ttruefalsenull";
    private static readonly JsonNode?[] WrongValues = [JsonValue.Create(7), JsonValue.Create("x"), JsonValue.Create(true), null, new JsonArray(), new JsonObject(), new JsonArray(JsonValue.Create(1))];

    [ReplayableProperty(quick: 150, deep: 400)]
    public Property Damaged_workflow_files_fail_only_with_located_diagnostics()
    {
        var damaged = Gen.Choose(0, int.MaxValue).Select(seed => Damage(new Random(seed)));

        return Prop.ForAll(damaged.ToArbitrary(), json =>
        {
            var result = RuleSet.TryLoad([new RuleSource("fuzz.json", json)], TwentyRuleWorkload.Options());
            Assert.All(result.Problems, d => Assert.True(d.File == "fuzz.json" && d.Line > 0 && d.Column > 0 && d.JsonPath is not null, d.ToString()));
            Assert.Equal(result.Succeeded, !result.Problems.Any(d => d.Severity == DiagnosticSeverity.Error));
            if (result.Succeeded)
            {
                foreach (var workflow in result.RuleSet.Workflows)
                {
                    Touch(workflow.Evaluate(WorkloadCase.Random(new Random(json.Length), 0.3)));
                }
            }
            else
            {
                Assert.Throws<RuleLoadException>(() => RuleSet.LoadJson(json, TwentyRuleWorkload.Options()));
            }
        });
    }

    private static void Touch(WorkflowResult result)
    {
        foreach (var rule in result.Results)
        {
            _ = (rule.MissingInputs, rule.ErrorMessage, rule.ActionResult, rule.ChildResults, rule.Explain());
        }
    }

    private static string Damage(Random random)
    {
        var json = Bases[random.Next(Bases.Length)];
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            json = random.Next(5) switch
            {
                0 => FlipCharacter(json, random),
                1 => json[..random.Next(json.Length)],
                2 => DuplicateKey(json, random),
                _ => MutateNodeOrFlip(json, random),
            };
        }

        return json;
    }

    private static string FlipCharacter(string json, Random random)
    {
        if (json.Length == 0)
        {
            return json;
        }

        var chars = json.ToCharArray();
        chars[random.Next(chars.Length)] = Noise[random.Next(Noise.Length)];
        return new string(chars);
    }

    private static string DuplicateKey(string json, Random random)
    {
        var braces = Enumerable.Range(0, json.Length).Where(i => json[i] == '{').ToList();
        if (braces.Count == 0)
        {
            return json;
        }

        var key = new[] { "RuleName", "rulename", "Expression", "Enabled", "Rules", "WorkflowName", "Operator" }[random.Next(7)];
        return json.Insert(braces[random.Next(braces.Count)] + 1, $"\"{key}\":\"dup\",");
    }

    // JsonNode refuses text that earlier damage made invalid or gave duplicate keys: then flip a character instead.
    private static string MutateNodeOrFlip(string json, Random random)
    {
        try
        {
            return MutateNode(json, random);
        }
        catch (Exception exception) when (exception is System.Text.Json.JsonException or ArgumentException or InvalidOperationException)
        {
            return FlipCharacter(json, random);
        }
    }

    // Deletes a property or gives it a value of another JSON type, somewhere in the tree.
    private static string MutateNode(string json, Random random)
    {
        var root = JsonNode.Parse(json);

        var objects = new List<JsonObject>();
        Collect(root, objects);
        if (objects.Count == 0)
        {
            return json;
        }

        var target = objects[random.Next(objects.Count)];
        if (target.Count == 0)
        {
            return json;
        }

        var name = target.ElementAt(random.Next(target.Count)).Key;
        if (random.Next(2) == 0)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = WrongValues[random.Next(WrongValues.Length)]?.DeepClone();
        }

        return root!.ToJsonString();
    }

    private static void Collect(JsonNode? node, List<JsonObject> objects)
    {
        if (node is JsonObject obj)
        {
            objects.Add(obj);
            foreach (var (_, child) in obj)
            {
                Collect(child, objects);
            }
        }
        else if (node is JsonArray array)
        {
            foreach (var child in array)
            {
                Collect(child, objects);
            }
        }
    }
}
