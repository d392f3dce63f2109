using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Infrastructure.Register.Applications;

/// <summary>
/// The register's handling of an application's facts document (the scheme's application contract): it stamps the
/// register's own <c>id</c> (the reference) and <c>managingAuthority</c> (the council code) over whatever the caller
/// sent, reads the engine's household members (<c>household.members[]</c>) and keeps names and NI numbers out of it:
/// those live in <see cref="HouseholdMember"/> rows, joined by the member id.
/// </summary>
public static partial class ApplicationFacts
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>One member of the facts' household.</summary>
    public sealed record FactsMember(int Index, string Id, HouseholdRole Role, DateOnly? DateOfBirth, DateOnly? DueDate);

    /// <summary>Reads a JSON object from a request field, or refuses naming <paramref name="field"/>.</summary>
    public static JsonObject ReadObject(JsonElement element, string field) =>
        element.ValueKind == JsonValueKind.Object && JsonNode.Parse(element.GetRawText()) is JsonObject value
            ? value
            : throw RegisterException.Invalid(field, "object", $"'{field}' must be a JSON object.");

    /// <summary>Sets the register's reference and managing authority code, and returns the document as stored.</summary>
    public static string Stamp(JsonObject facts, string reference, string authorityCode)
    {
        ArgumentNullException.ThrowIfNull(facts);
        facts["id"] = reference;
        facts["managingAuthority"] = authorityCode;
        return facts.ToJsonString(Compact);
    }

    /// <summary>Parses stored facts.</summary>
    public static JsonObject Parse(string factsJson) =>
        JsonNode.Parse(factsJson) as JsonObject ?? throw new InvalidOperationException("Stored application facts are not a JSON object.");

    /// <summary>The members in <c>household.members</c> that have an id (tolerant: shape errors are the scheme's to report).</summary>
    public static IReadOnlyList<FactsMember> Members(JsonObject facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var members = new List<FactsMember>();
        if (facts["household"] is not JsonObject household || household["members"] is not JsonArray array)
        {
            return members;
        }
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is not JsonObject member || !TryString(member["id"], out var id))
            {
                continue;
            }
            var role = TryString(member["role"], out var roleName) && Enum.TryParse<HouseholdRole>(roleName, ignoreCase: true, out var parsed)
                ? parsed
                : HouseholdRole.OtherAdult;
            members.Add(new FactsMember(i, id, role, TryDate(member["dateOfBirth"]), TryDate(member["dueDate"])));
        }
        return members;
    }

    /// <summary>Replaces <c>household.members</c> with the given member objects, each with its <c>id</c> set.</summary>
    public static void ReplaceMembers(JsonObject facts, IReadOnlyList<(string Id, JsonObject Member)> members)
    {
        ArgumentNullException.ThrowIfNull(facts);
        ArgumentNullException.ThrowIfNull(members);
        if (facts["household"] is not JsonObject household)
        {
            household = [];
            facts["household"] = household;
        }
        var array = new JsonArray();
        foreach (var (id, member) in members)
        {
            var copy = new JsonObject { ["id"] = id };
            foreach (var (name, value) in member)
            {
                if (name != "id")
                {
                    copy[name] = value?.DeepClone();
                }
            }
            array.Add(copy);
        }
        household["members"] = array;
    }

    /// <summary>
    /// Checks the people given against the facts' members: each has a member key that is a member of the facts
    /// (once), a name, and a well-formed NI number if any; and every member of the facts has a name.
    /// </summary>
    /// <param name="people">The people, in request order.</param>
    /// <param name="members">The facts' members.</param>
    /// <param name="prefix">The JSON path of the people array (e.g. <c>$.household</c>).</param>
    public static IEnumerable<ValidationError> CheckPeople(IReadOnlyList<HouseholdPerson> people, IReadOnlyList<FactsMember> members, string prefix)
    {
        ArgumentNullException.ThrowIfNull(people);
        ArgumentNullException.ThrowIfNull(members);
        var known = members.Select(m => m.Id).ToHashSet(StringComparer.Ordinal);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < people.Count; i++)
        {
            var person = people[i];
            var at = $"{prefix}[{i}]";
            if (string.IsNullOrWhiteSpace(person.MemberKey))
            {
                yield return new ValidationError($"{at}.memberKey", "required", "Each person needs the member key (the member's id in the application's household).");
            }
            else if (!seen.Add(person.MemberKey))
            {
                yield return new ValidationError($"{at}.memberKey", "duplicate", $"Member '{person.MemberKey}' is listed twice.");
            }
            else if (!known.Contains(person.MemberKey))
            {
                yield return new ValidationError($"{at}.memberKey", "unknown-member",
                    $"'{person.MemberKey}' is not a member of the application's household (household.members[].id).");
            }
            if (string.IsNullOrWhiteSpace(person.FullName))
            {
                yield return new ValidationError($"{at}.fullName", "required", "Each person's full name is required.");
            }
            else if (person.FullName.Length > 200)
            {
                yield return new ValidationError($"{at}.fullName", "max-length", "A full name may be at most 200 characters.");
            }
            if (person.NationalInsuranceNumber is { } ni && NormaliseNino(ni) is null)
            {
                yield return new ValidationError($"{at}.nationalInsuranceNumber", "format",
                    "A National Insurance number is two letters, six digits and a letter from A to D (e.g. AB123456C).");
            }
        }
        foreach (var member in members.Where(m => !seen.Contains(m.Id)))
        {
            yield return new ValidationError(prefix, "name-missing",
                $"Member '{member.Id}' of the application's household has no name: add {{ \"memberKey\": \"{member.Id}\", \"fullName\": ... }}.");
        }
    }

    /// <summary>A National Insurance number in its canonical form (upper case, no spaces), or null when malformed.</summary>
    public static string? NormaliseNino(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var compact = value.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        return Nino().IsMatch(compact) ? compact : null;
    }

    /// <summary>Rewrites a path prefix in validation errors (to name the field as the request put it).</summary>
    public static IEnumerable<ValidationError> Rebase(IEnumerable<ValidationError> errors, Func<string, string> map) =>
        errors.Select(e => e with { Field = map(e.Field) });

    private static bool TryString(JsonNode? node, out string value)
    {
        if (node is JsonValue v && v.TryGetValue<string>(out var s) && !string.IsNullOrWhiteSpace(s))
        {
            value = s;
            return true;
        }
        value = "";
        return false;
    }

    private static DateOnly? TryDate(JsonNode? node) =>
        TryString(node, out var s) && DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : null;

    [GeneratedRegex("^(?!BG|GB|NK|KN|TN|NT|ZZ)[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]$", RegexOptions.CultureInvariant)]
    private static partial Regex Nino();
}
