using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenLettings.Cli.Schemes;
using OpenLettings.Domain.Validation;
using OpenLettings.Domain.Workflows.DiscretionaryAllocation;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Register;

namespace OpenLettings.Cli;

/// <summary>The <c>openlettings</c> command line: builds the command tree and runs it with the given streams.</summary>
public static class CliApp
{
    /// <summary>Runs the command line with the system clock.</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr) =>
        Run(args, stdin, stdout, stderr, TimeProvider.System);

    /// <summary>Runs the command line and returns the process exit code (0 success, 2 bad input, 1 other failure).</summary>
    public static int Run(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var root = Build(stdin, stdout, stderr, clock);
        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            return CliIo.WriteErrors(stderr, parsed.Errors.Select(e => new ValidationError("arguments", "usage", e.Message)));
        }

        return parsed.Invoke(new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false });
    }

    private static RootCommand Build(TextReader stdin, TextWriter stdout, TextWriter stderr, TimeProvider clock)
    {
        var root = new RootCommand("OpenLettings: the housing register and choice based lettings engine. Every decision comes with the rule, the facts and the policy section it rests on.");

        var file = new Argument<string?>("file") { Description = "The JSON input file; read from standard input when absent or '-'.", Arity = ArgumentArity.ZeroOrOne };
        var scheme = new Option<string?>("--scheme") { Description = "The allocation scheme (see 'openlettings schemes'); defaults to the document's 'scheme' field, else devon-home-choice." };
        var asOf = new Option<string?>("--as-of") { Description = "Assess as of this date (YYYY-MM-DD), overriding the document's 'asOf'; defaults to today in the UK." };
        var optionsFile = new Option<string?>("--options") { Description = "A partnership's configuration of the scheme: option changes with their effective dates (see docs/schemes/README.md)." };

        var assess = new Command("assess", "Assess one application: eligibility, qualification, bedroom need, band and band start date, as JSON with explanations.") { file, scheme, asOf, optionsFile };
        assess.SetAction(r => Guard(stderr, () =>
        {
            var json = CliIo.ReadInput(r.GetValue(file), stdin);
            var result = SchemeRegistry.Find(Envelope.SchemeOf(json, r.GetValue(scheme))).Assess(json, ParseAsOf(r.GetValue(asOf)), UkTime.Today(clock), Configuration(r.GetValue(optionsFile)));
            stdout.WriteLine(ContractJson.Write(result.Response));
        }));

        var shortlist = new Command("shortlist", "Build the shortlist for an advert from its bids: each position with its reasons, and every bypass.") { file, scheme, asOf, optionsFile };
        shortlist.SetAction(r => Guard(stderr, () =>
        {
            var json = CliIo.ReadInput(r.GetValue(file), stdin);
            var result = SchemeRegistry.Find(Envelope.SchemeOf(json, r.GetValue(scheme))).Shortlist(json, ParseAsOf(r.GetValue(asOf)), UkTime.Today(clock), Configuration(r.GetValue(optionsFile)));
            stdout.WriteLine(ContractJson.Write(result.Response));
        }));

        var explain = new Command("explain", "Explain an assessment or a shortlist in plain English (the input of 'assess' or 'shortlist').") { file, scheme, asOf, optionsFile };
        explain.SetAction(r => Guard(stderr, () =>
        {
            var json = CliIo.ReadInput(r.GetValue(file), stdin);
            var target = SchemeRegistry.Find(Envelope.SchemeOf(json, r.GetValue(scheme)));
            var today = UkTime.Today(clock);
            var configuration = Configuration(r.GetValue(optionsFile));
            var result = IsShortlistRequest(json)
                ? target.Shortlist(json, ParseAsOf(r.GetValue(asOf)), today, configuration)
                : target.Assess(json, ParseAsOf(r.GetValue(asOf)), today, configuration);
            stdout.Write(result.PlainEnglish);
        }));

        var discretionary = new Command("discretionary", "Evaluate a discretionary allocation request and its recorded events: stage, due date, next actions and who may take them, audit trail (Derby Homes procedure, seed 000).") { file, asOf };
        discretionary.SetAction(r => Guard(stderr, () =>
        {
            var input = ContractJson.Read<DiscretionaryInput>(CliIo.ReadInput(r.GetValue(file), stdin));
            var when = ParseAsOf(r.GetValue(asOf)) ?? input.AsOf ?? UkTime.Today(clock);
            var errors = DiscretionaryRequestValidator.Validate(input.Request, input.Events, when);
            if (errors.Length > 0)
            {
                throw new InputRejectedException([.. CliIo.Under("$", errors)]);
            }

            stdout.WriteLine(ContractJson.Write(DiscretionaryAllocationWorkflow.Evaluate(input.Request, input.Events, DiscretionaryOptions.Default, when)));
        }));

        var schemes = new Command("schemes", "List the allocation schemes and their options with current defaults.");
        schemes.SetAction(_ =>
        {
            var workflow = new OpenLettings.Domain.Allocation.SchemeDescriptor(
                "discretionary-allocation",
                "Discretionary allocations (Derby Homes)",
                "000_705fdb5a78f43407.txt — Derby Homes Discretionary Allocations Procedure",
                "An approval workflow usable under any scheme: request, area check, services review, final approval, one discretionary offer, quarterly review ('openlettings discretionary').")
            {
                Options = OpenLettings.Domain.Options.OptionsCatalogue.Describe(new DiscretionaryOptions(), "docs/schemes/discretionary-allocation.md"),
            };
            stdout.WriteLine(ContractJson.Write(SchemeRegistry.All.Select(s => s.Descriptor).Append(workflow).ToArray()));
            return ExitCodes.Success;
        });

        var schemaName = new Argument<string?>("name") { Description = "The schema to print, e.g. devon-home-choice.assess-input; lists the names when absent.", Arity = ArgumentArity.ZeroOrOne };
        var writeTo = new Option<string?>("--write") { Description = "Write every schema as <name>.schema.json into this folder." };
        var schema = new Command("schema", "Print the JSON Schema of an input or output format.") { schemaName, writeTo };
        schema.SetAction(r => Guard(stderr, () =>
        {
            var all = SchemeRegistry.All.SelectMany(s => s.Schemas())
                .Append((Name: "discretionary-allocation.input", Schema: ContractJson.SchemaOf<DiscretionaryInput>("openlettings discretionary input", "A discretionary allocation request and its recorded events (seed 000).")))
                .Append((Name: "discretionary-allocation.output", Schema: ContractJson.SchemaOf<DiscretionaryEvaluation>("openlettings discretionary output", "The request's stage, due dates, next actions, offer position and audit trail.")))
                .ToList();
            if (r.GetValue(writeTo) is { } folder)
            {
                Directory.CreateDirectory(folder);
                foreach (var (name, node) in all)
                {
                    File.WriteAllText(Path.Combine(folder, name + ".schema.json"), node.ToJsonString(new JsonSerializerOptions { WriteIndented = true }) + "\n");
                }

                return;
            }

            var wanted = r.GetValue(schemaName);
            if (wanted is null)
            {
                foreach (var (name, _) in all)
                {
                    stdout.WriteLine(name);
                }

                return;
            }

            var match = all.FirstOrDefault(s => s.Name == wanted);
            if (match.Schema is null)
            {
                throw new InputRejectedException([new ValidationError("name", "unknown-schema", $"There is no schema '{wanted}'; run 'openlettings schema' to list them.")]);
            }

            stdout.WriteLine(match.Schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        }));

        root.Subcommands.Add(assess);
        root.Subcommands.Add(shortlist);
        root.Subcommands.Add(explain);
        root.Subcommands.Add(discretionary);
        root.Subcommands.Add(schemes);
        root.Subcommands.Add(schema);
        root.Subcommands.Add(AuditCommands.Build(stdout, stderr));
        return root;
    }

    private static int Guard(TextWriter stderr, Action action)
    {
        try
        {
            action();
            return ExitCodes.Success;
        }
        catch (ContractException ex)
        {
            return CliIo.WriteError(stderr, ex);
        }
        catch (InputRejectedException ex)
        {
            return CliIo.WriteErrors(stderr, ex.Errors);
        }
        catch (IOException ex)
        {
            stderr.WriteLine(ContractJson.Write(new { errors = new[] { new { field = "file", rule = "io", message = ex.Message } } }));
            return ExitCodes.Failure;
        }
    }

    private static PartnershipConfiguration? Configuration(string? path)
    {
        if (path is null)
        {
            return null;
        }

        if (!File.Exists(path))
        {
            throw new ContractException("--options", "not-found", $"The options file '{path}' does not exist.");
        }

        return PartnershipConfiguration.Read(File.ReadAllText(path));
    }

    private static DateOnly? ParseAsOf(string? value)
    {
        if (value is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new ContractException("--as-of", "invalid-value", $"'{value}' is not a real calendar date in the form YYYY-MM-DD.");
    }

    private static bool IsShortlistRequest(string json) =>
        JsonNode.Parse(json, documentOptions: new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip }) is JsonObject obj && obj.ContainsKey("advert");
}
