using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Domain.Properties;
using OpenLettings.Domain.Validation;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register.Access;
using OpenLettings.Infrastructure.Register.Schemes;

namespace OpenLettings.Infrastructure.Register.Homes;

/// <summary>What a landlord says about a home (the <c>details</c> are the domain <see cref="Property"/> contract without its id, landlord and local authority).</summary>
public sealed record PropertyInput(string? Reference, string? AddressLine, string? Postcode, string? LocalAuthority, JsonElement? Details);

/// <summary>
/// Homes that landlords let through the scheme: a landlord's lettings officer adds and edits its homes; members of
/// the partnership read them. The engine's view of the home (<see cref="PropertyRecord.DetailsJson"/>) is the
/// domain <see cref="Property"/> contract, checked by the contract reader, with its type, bedrooms, occupancy
/// and mobility category (001 §56.6) mirrored in columns for searching.
/// </summary>
public sealed partial class PropertyRegister(RegisterWork work)
{
    private static readonly JsonSerializerOptions Compact = new(ContractJson.Options) { WriteIndented = false };

    private RegisterDbContext Db => work.Db;

    public async Task<PropertyRecord> CreateAsync(Actor actor, string? landlordCode, PropertyInput input, CancellationToken cancellationToken = default)
    {
        var landlordId = LandlordFor(actor, landlordCode);
        try
        {
            return await work.RunAsync(async ct =>
            {
                var landlord = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == landlordId, ct);
                var partnershipId = HomesAccess.PartnershipOf(landlord);
                var (reference, address, postcode) = CheckText(input);
                var authority = await AuthorityAsync(input.LocalAuthority, partnershipId, ct);
                if (await Db.Properties.AnyAsync(p => p.LandlordId == landlordId && p.Reference == reference, ct))
                {
                    throw DuplicateReference(reference);
                }
                var record = new PropertyRecord
                {
                    Reference = reference,
                    LandlordId = landlordId,
                    LocalAuthorityId = authority.Id,
                    AddressLine = address,
                    Postcode = postcode,
                    DetailsJson = "{}",
                };
                Apply(record, ReadDetails(input.Details, record.Id, landlord.Code, authority.Code));
                Db.Properties.Add(record);
                await work.AuditAsync(actor, landlordId, "property", record.Id.ToString(), "created", null, Snapshot(record),
                    "A landlord added a home to advertise through the scheme (001 §52.3, §56.6).", ct);
                work.Publish("property.created", "property", record.Id.ToString(), landlordId, partnershipId, new
                {
                    propertyId = record.Id,
                    reference = record.Reference,
                    landlord = landlord.Code,
                    localAuthority = authority.Code,
                    type = record.Type,
                    bedrooms = record.Bedrooms,
                    mobility = record.Mobility,
                });
                return record;
            }, cancellationToken);
        }
        catch (Exception ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            throw DuplicateReference(input.Reference ?? "");
        }
    }

    public async Task<PropertyRecord> UpdateAsync(Actor actor, Guid id, PropertyInput input, long? version, CancellationToken cancellationToken = default)
    {
        try
        {
            return await work.RunAsync(async ct =>
            {
                var record = await Db.Properties.SingleOrDefaultAsync(p => p.Id == id, ct) ?? throw RegisterException.NotFound("home", id);
                var landlord = await Db.Organisations.AsNoTracking().SingleAsync(o => o.Id == record.LandlordId, ct);
                var partnershipId = HomesAccess.PartnershipOf(landlord);
                if (!HomesAccess.InPartnership(actor, partnershipId))
                {
                    throw RegisterException.NotFound("home", id);
                }
                if (!HomesAccess.ActsForLandlord(actor, record.LandlordId, partnershipId))
                {
                    throw RegisterException.Forbidden("forbidden", "Only the landlord's lettings officers may change its homes.");
                }
                RegisterWork.RequireVersion("home", version, record.Version);
                var before = Snapshot(record);
                var (reference, address, postcode) = CheckText(input);
                var authority = await AuthorityAsync(input.LocalAuthority, partnershipId, ct);
                if (reference != record.Reference
                    && await Db.Properties.AnyAsync(p => p.LandlordId == record.LandlordId && p.Reference == reference, ct))
                {
                    throw DuplicateReference(reference);
                }
                record.Reference = reference;
                record.AddressLine = address;
                record.Postcode = postcode;
                record.LocalAuthorityId = authority.Id;
                Apply(record, ReadDetails(input.Details, record.Id, landlord.Code, authority.Code));
                await work.AuditAsync(actor, record.LandlordId, "property", record.Id.ToString(), "updated", before, Snapshot(record),
                    "The landlord updated the home's details (001 §56.6).", ct);
                return record;
            }, cancellationToken);
        }
        catch (Exception ex) when (DatabaseConflicts.IsUniqueViolation(ex))
        {
            throw DuplicateReference(input.Reference ?? "");
        }
    }

    /// <summary>A home the actor may see (a member of its partnership), with its landlord and local authority.</summary>
    public async Task<PropertyRecord> GetAsync(Actor actor, Guid id, CancellationToken cancellationToken = default)
    {
        var record = await Db.Properties.AsNoTracking().Include(p => p.Landlord).Include(p => p.LocalAuthority)
            .SingleOrDefaultAsync(p => p.Id == id, cancellationToken);
        if (record is null || !HomesAccess.InPartnership(actor, HomesAccess.PartnershipOf(record.Landlord!)))
        {
            throw RegisterException.NotFound("home", id);
        }
        return record;
    }

    /// <summary>
    /// Homes: a landlord's officers see their landlord's homes; other members of a partnership see its homes
    /// (narrowed by <paramref name="landlordCode"/>). Ordered by reference.
    /// </summary>
    public async Task<List<PropertyRecord>> ListAsync(Actor actor, string? landlordCode, int limit, int offset, CancellationToken cancellationToken = default)
    {
        var ownLandlords = actor.OrganisationsAs(MembershipRole.LandlordOfficer).ToList();
        var partnerships = actor.Memberships
            .Where(m => m.Role is MembershipRole.LocalAuthorityOfficer or MembershipRole.Manager or MembershipRole.PartnerSystem)
            .Select(m => m.Partnership).Distinct().ToList();
        var partnerOrganisations = actor.OrganisationsAs(MembershipRole.PartnerSystem).ToList();
        var query = Db.Properties.AsNoTracking().Include(p => p.Landlord).Include(p => p.LocalAuthority)
            .Where(p => ownLandlords.Contains(p.LandlordId)
                || partnerOrganisations.Contains(p.LandlordId)
                || partnerships.Contains(p.Landlord!.PartnershipId ?? p.LandlordId));
        if (!string.IsNullOrWhiteSpace(landlordCode))
        {
            query = query.Where(p => p.Landlord!.Code == landlordCode);
        }
        return await query.OrderBy(p => p.Reference).ThenBy(p => p.Id).Skip(offset).Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>The landlord the actor adds a home for: the one named, or their only landlord.</summary>
    private static Guid LandlordFor(Actor actor, string? landlordCode)
    {
        var landlords = actor.Memberships.Where(m => m.Role == MembershipRole.LandlordOfficer && m.Kind == OrganisationKind.Landlord).ToList();
        if (landlords.Count == 0)
        {
            throw RegisterException.Forbidden("forbidden", "Only a landlord's lettings officer may add homes.");
        }
        if (!string.IsNullOrWhiteSpace(landlordCode))
        {
            return landlords.FirstOrDefault(m => m.OrganisationCode == landlordCode)?.OrganisationId
                ?? throw RegisterException.Forbidden("forbidden", $"You are not a lettings officer of landlord '{landlordCode}'.");
        }
        if (landlords.Select(m => m.OrganisationId).Distinct().Count() > 1)
        {
            throw RegisterException.Invalid("landlord", "required", "You act for several landlords: name the landlord (its code) the home belongs to.");
        }
        return landlords[0].OrganisationId;
    }

    private async Task<Organisation> AuthorityAsync(string? code, Guid partnershipId, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            throw RegisterException.Invalid("localAuthority", "required", "Name the local authority whose area the home is in (its code, e.g. 'exeter').");
        }
        return await Db.Organisations.AsNoTracking()
                .SingleOrDefaultAsync(o => o.Code == code && o.Kind == OrganisationKind.LocalAuthority && o.PartnershipId == partnershipId, ct)
            ?? throw RegisterException.Invalid("localAuthority", "unknown-local-authority",
                $"'{code}' is not a local authority of the landlord's partnership.");
    }

    private static (string Reference, string Address, string Postcode) CheckText(PropertyInput input)
    {
        var errors = new List<ValidationError>();
        var reference = input.Reference?.Trim() ?? "";
        var address = input.AddressLine?.Trim() ?? "";
        var postcode = (input.Postcode ?? "").Trim().ToUpperInvariant();
        if (reference.Length is 0 or > 64)
        {
            errors.Add(new ValidationError("reference", reference.Length == 0 ? "required" : "length", "The landlord's reference for the home is required (at most 64 characters)."));
        }
        if (address.Length is 0 or > 200)
        {
            errors.Add(new ValidationError("addressLine", address.Length == 0 ? "required" : "length", "The address line is required (at most 200 characters)."));
        }
        if (!PostcodePattern().IsMatch(postcode))
        {
            errors.Add(new ValidationError("postcode", postcode.Length == 0 ? "required" : "format", "A UK postcode is required, e.g. 'EX1 1AA'."));
        }
        if (errors.Count > 0)
        {
            throw RegisterException.Invalid(errors);
        }
        return (reference, address, postcode);
    }

    /// <summary>
    /// The domain <see cref="Property"/> from the landlord's details plus what the register supplies (its id,
    /// landlord and local authority codes); every error names its path under <c>$.details</c>.
    /// </summary>
    public static Property ReadDetails(JsonElement? details, Guid id, string landlordCode, string authorityCode)
    {
        if (details is not { ValueKind: JsonValueKind.Object } element)
        {
            throw RegisterException.Invalid("$.details", "required", "The home's details (type, bedrooms, mobility category, ...) are required, as an object.");
        }
        var node = JsonNode.Parse(element.GetRawText())!.AsObject();
        foreach (var supplied in new[] { "id", "landlord", "localAuthority" })
        {
            if (node.ContainsKey(supplied))
            {
                throw RegisterException.Invalid($"$.details.{supplied}", "set-by-register",
                    $"'{supplied}' is set by the register (from the home's id, its landlord and the localAuthority field); leave it out of the details.");
            }
        }
        node["id"] = id.ToString();
        node["landlord"] = landlordCode;
        node["localAuthority"] = authorityCode;
        if (!RegisterSchemes.TryRead<Property>(node.ToJsonString(), "$.details", out var property, out var error))
        {
            throw RegisterException.Invalid([error]);
        }
        var errors = new List<ValidationError>();
        if (property.Bedrooms is < 0 or > 20)
        {
            errors.Add(new ValidationError("$.details.bedrooms", "range", "bedrooms must be between 0 (a bedsit) and 20."));
        }
        if (property.MaxOccupants is < 1 or > 40)
        {
            errors.Add(new ValidationError("$.details.maxOccupants", "range", "maxOccupants must be between 1 and 40 when given (001 §14.10)."));
        }
        if (errors.Count > 0)
        {
            throw RegisterException.Invalid(errors);
        }
        return property;
    }

    private static void Apply(PropertyRecord record, Property property)
    {
        record.Type = property.Type;
        record.Bedrooms = property.Bedrooms;
        // 0: the landlord stated no maximum (the contract's null).
        record.MaxOccupants = property.MaxOccupants ?? 0;
        record.Mobility = property.Mobility;
        record.DetailsJson = JsonSerializer.Serialize(property, Compact);
    }

    private static object Snapshot(PropertyRecord p) => new
    {
        p.Id,
        p.Reference,
        p.LandlordId,
        p.LocalAuthorityId,
        p.AddressLine,
        p.Postcode,
        details = JsonDocument.Parse(p.DetailsJson).RootElement,
    };

    private static RegisterException DuplicateReference(string reference) =>
        RegisterException.Conflict("duplicate-reference", $"The landlord already has a home with reference '{reference}'.", field: "reference");

    [GeneratedRegex(@"^[A-Z]{1,2}[0-9][A-Z0-9]? ?[0-9][A-Z]{2}$")]
    private static partial Regex PostcodePattern();
}
