using System.Collections;
using System.Collections.Immutable;
using System.Reflection;
using System.Text;
using System.Text.Json.Nodes;
using OpenLettings.Domain.Allocation;
using OpenLettings.Domain.Explanations;
using OpenLettings.Domain.Options;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;

namespace OpenLettings.Cli.Schemes;

/// <summary>Input of <c>openlettings assess</c> for a scheme whose application type is <typeparamref name="TApplication"/>.</summary>
public sealed record AssessRequest<TApplication>
    where TApplication : class
{
    public string? Scheme { get; init; }

    public DateOnly? AsOf { get; init; }

    public required TApplication Application { get; init; }
}

/// <summary>Output of <c>openlettings assess</c>.</summary>
public sealed record AssessResponse<TAssessment>(string Scheme, string ContractVersion, TAssessment Assessment)
    where TAssessment : class;

/// <summary>Input of <c>openlettings shortlist</c>: an advert and its bids (each bid carries the bidder's application).</summary>
public sealed record ShortlistRequest<TAdvert, TBid>
    where TAdvert : class
    where TBid : class
{
    public string? Scheme { get; init; }

    public DateOnly? AsOf { get; init; }

    public required TAdvert Advert { get; init; }

    public required ImmutableArray<TBid> Bids { get; init; }
}

/// <summary>Output of <c>openlettings shortlist</c>.</summary>
public sealed record ShortlistResponse<TShortlist>(string Scheme, string ContractVersion, DateOnly AsOf, TShortlist Shortlist)
    where TShortlist : class;

/// <summary>
/// A scheme exposed on the command line through its facade's <c>Assess</c> and <c>Shortlist</c>; its plain-English
/// explanation lists every reason in the decision, section by section.
/// </summary>
internal sealed class GenericCliScheme<TScheme, TOptions, TApplication, TAssessment, TAdvert, TBid, TShortlist>(
    SchemeDescriptor descriptor,
    TOptions defaults,
    Func<OptionSchedule<TOptions>, TScheme> create,
    Func<TScheme, TApplication, DateOnly, TAssessment> assess,
    Func<TApplication, DateOnly, ImmutableArray<ValidationError>> validate,
    Func<TScheme, TAdvert, IEnumerable<TBid>, DateOnly, TShortlist> shortlist,
    Func<TBid, TApplication> applicationOf) : ICliScheme
    where TApplication : class
    where TAssessment : class
    where TAdvert : class
    where TBid : class
    where TShortlist : class
{
    public const string ContractVersion = DevonCliScheme.ContractVersion;

    public SchemeDescriptor Descriptor => descriptor;

    public CliResult Assess(string json, DateOnly? asOfOverride, DateOnly today, PartnershipConfiguration? configuration)
    {
        var scheme = create(SchemeRegistry.ScheduleFor(descriptor.Id, defaults, configuration));
        var request = ContractJson.Read<AssessRequest<TApplication>>(json);
        var asOf = asOfOverride ?? request.AsOf ?? today;
        InputRejectedException.ThrowIfAny(CliIo.Under("$.application", validate(request.Application, asOf)));
        var assessment = assess(scheme, request.Application, asOf);
        return new CliResult(new AssessResponse<TAssessment>(descriptor.Id, ContractVersion, assessment),
            PlainEnglish.Describe($"{descriptor.Name}: assessment as of {asOf:d MMMM yyyy}", assessment));
    }

    public CliResult Shortlist(string json, DateOnly? asOfOverride, DateOnly today, PartnershipConfiguration? configuration)
    {
        var scheme = create(SchemeRegistry.ScheduleFor(descriptor.Id, defaults, configuration));
        var request = ContractJson.Read<ShortlistRequest<TAdvert, TBid>>(json);
        var asOf = asOfOverride ?? request.AsOf ?? today;
        InputRejectedException.ThrowIfAny(request.Bids.SelectMany((bid, i) => CliIo.Under($"$.bids[{i}].application", validate(applicationOf(bid), asOf))));
        var result = shortlist(scheme, request.Advert, request.Bids, asOf);
        return new CliResult(new ShortlistResponse<TShortlist>(descriptor.Id, ContractVersion, asOf, result),
            PlainEnglish.Describe($"{descriptor.Name}: shortlist as of {asOf:d MMMM yyyy}", result));
    }

    public ImmutableArray<(string Name, JsonNode Schema)> Schemas() =>
    [
        ($"{descriptor.Id}.assess-input", ContractJson.SchemaOf<AssessRequest<TApplication>>($"openlettings assess input ({descriptor.Id})", $"An application to assess under the {descriptor.Name} scheme.")),
        ($"{descriptor.Id}.assess-output", ContractJson.SchemaOf<AssessResponse<TAssessment>>($"openlettings assess output ({descriptor.Id})", "The full decision with its explanations.")),
        ($"{descriptor.Id}.shortlist-input", ContractJson.SchemaOf<ShortlistRequest<TAdvert, TBid>>($"openlettings shortlist input ({descriptor.Id})", "An advert with its bids, each with the bidder's application.")),
        ($"{descriptor.Id}.shortlist-output", ContractJson.SchemaOf<ShortlistResponse<TShortlist>>($"openlettings shortlist output ({descriptor.Id})", "The ordered shortlist with each position's reasons and every bypass.")),
    ];

}

/// <summary>Renders any decision record as plain English: every <see cref="Reason"/> in it, under the name of the part it belongs to.</summary>
internal static class PlainEnglish
{
    public static string Describe(string title, object decision)
    {
        var text = new StringBuilder();
        text.AppendLine(title + ".");
        var seen = new HashSet<Reason>(ReferenceEqualityComparer.Instance);
        Walk(decision, "", text, seen, depth: 0);
        return text.ToString();
    }

    private static void Walk(object? value, string heading, StringBuilder text, HashSet<Reason> seen, int depth)
    {
        if (value is null || depth > 8 || value is string || value.GetType().IsPrimitive || value.GetType().IsEnum)
        {
            return;
        }

        if (value is Reason single)
        {
            Write([single], heading, text, seen);
            return;
        }

        if (value is PriorityKey key)
        {
            foreach (var part in key.Parts)
            {
                Write([part.Reason], $"{heading} — {part.Name}", text, seen);
            }

            return;
        }

        if (value is IEnumerable items)
        {
            var list = items.Cast<object?>().ToList();
            if (list.Count > 0 && list.All(i => i is Reason))
            {
                Write(list.Cast<Reason>(), heading, text, seen);
                return;
            }

            var index = 0;
            foreach (var item in list)
            {
                Walk(item, $"{heading} {++index}".Trim(), text, seen, depth + 1);
            }

            return;
        }

        if (!value.GetType().Namespace?.StartsWith("OpenLettings", StringComparison.Ordinal) ?? true)
        {
            return;
        }

        foreach (var property in value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            var name = Humanise(property.Name);
            Walk(property.GetValue(value), property.Name is "Reasons" or "Explanation" ? heading : $"{heading} — {name}".Trim(' ', '—'), text, seen, depth + 1);
        }
    }

    private static void Write(IEnumerable<Reason> reasons, string heading, StringBuilder text, HashSet<Reason> seen)
    {
        var fresh = reasons.Where(seen.Add).ToList();
        if (fresh.Count == 0)
        {
            return;
        }

        text.AppendLine();
        text.AppendLine((string.IsNullOrEmpty(heading) ? "Decision" : heading.Trim(' ', '—')) + ":");
        foreach (var reason in fresh)
        {
            text.AppendLine($"  - {reason.Text} ({reason.Citation})");
        }
    }

    private static string Humanise(string name)
    {
        var words = new StringBuilder();
        foreach (var c in name)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
