using System.Text.Json;
using OpenLettings.Domain.Properties;
using OpenLettings.Infrastructure.Persistence.Entities;
using OpenLettings.Infrastructure.Register;
using OpenLettings.Infrastructure.Register.Homes;

namespace OpenLettings.Web.Features.Homes;

/// <summary>
/// A home to add: the landlord's reference, the address, the local authority area (its code) and the details the
/// engine needs (the domain Property contract without <c>id</c>, <c>landlord</c> and <c>localAuthority</c>, which
/// the register supplies). <c>landlord</c> (a code) is needed only by officers of several landlords.
/// </summary>
public sealed record CreatePropertyRequest(
    string? Reference = null,
    string? AddressLine = null,
    string? Postcode = null,
    string? LocalAuthority = null,
    JsonElement? Details = null,
    string? Landlord = null);

/// <summary>A home's new details, with the version read.</summary>
public sealed record UpdatePropertyRequest(
    string? Reference = null,
    string? AddressLine = null,
    string? Postcode = null,
    string? LocalAuthority = null,
    JsonElement? Details = null,
    long? Version = null);

/// <summary>A home; <c>details</c> is the domain Property contract the engine reads.</summary>
public sealed record PropertyResponse(
    Guid Id,
    string Reference,
    string Landlord,
    string LocalAuthority,
    string AddressLine,
    string Postcode,
    PropertyType Type,
    int Bedrooms,
    int? MaxOccupants,
    MobilityCategory Mobility,
    JsonElement Details,
    long Version)
{
    public static PropertyResponse From(PropertyRecord p) => new(
        p.Id, p.Reference, p.Landlord!.Code, p.LocalAuthority!.Code, p.AddressLine, p.Postcode,
        p.Type, p.Bedrooms, p.MaxOccupants == 0 ? null : p.MaxOccupants, p.Mobility,
        JsonDocument.Parse(p.DetailsJson).RootElement.Clone(), p.Version);
}

/// <summary>An advert to enter: the home, the cycle and the scheme's advert criteria (without id, property and bidding window).</summary>
public sealed record CreateAdvertRequest(Guid? PropertyId = null, Guid? CycleId = null, JsonElement? Criteria = null);

/// <summary>The local authority's verification of an advert (001 §52.8), with the version read.</summary>
public sealed record VerifyAdvertRequest(long? Version = null);

/// <summary>The landlord's withdrawal of an advert (001 §52.6, §53), with the version read and an optional reason.</summary>
public sealed record WithdrawAdvertRequest(long? Version = null, string? Reason = null);

/// <summary>When bids are taken (001 §52.1) and the deadlines before (001 §52.5, §52.8), as instants and UK local times.</summary>
public sealed record BiddingWindow(
    DateTimeOffset OpensAt,
    DateTimeOffset ClosesAt,
    DateTime OpensLocal,
    DateTime ClosesLocal,
    DateTimeOffset LandlordDeadlineAt,
    DateTimeOffset VerificationDeadlineAt,
    LettingCycleState CycleState);

/// <summary>An advert: its state, its home, its bidding window, the stored criteria and the composed advert the engine reads.</summary>
public sealed record AdvertResponse(
    Guid Id,
    Guid PropertyId,
    string PropertyReference,
    string Landlord,
    string LocalAuthority,
    string AddressLine,
    string Postcode,
    PropertyType Type,
    int Bedrooms,
    Guid CycleId,
    AdvertStatus Status,
    BiddingWindow Bidding,
    JsonElement Criteria,
    JsonElement Advert,
    DateTimeOffset? VerifiedAt,
    long Version)
{
    public static AdvertResponse From(Advert a)
    {
        var p = a.Property!;
        var c = a.Cycle!;
        return new AdvertResponse(
            a.Id, p.Id, p.Reference, p.Landlord!.Code, p.LocalAuthority!.Code, p.AddressLine, p.Postcode, p.Type, p.Bedrooms,
            c.Id, a.Status,
            new BiddingWindow(c.OpensAt, c.ClosesAt, UkTime.Local(c.OpensAt), UkTime.Local(c.ClosesAt), c.LandlordDeadlineAt, c.VerificationDeadlineAt, c.State),
            JsonDocument.Parse(a.CriteriaJson).RootElement.Clone(),
            JsonDocument.Parse(AdvertRegister.Compose(a)).RootElement.Clone(),
            a.VerifiedAt,
            a.Version);
    }
}

/// <summary>One page of a list: <c>nextOffset</c> is where the next page starts, or null at the end.</summary>
public sealed record ListPage<T>(IReadOnlyList<T> Items, int Offset, int Limit, int? NextOffset)
{
    /// <summary>A page from rows read with one extra (limit + 1) to tell whether more follow.</summary>
    public static ListPage<T> Of<TRow>(IReadOnlyList<TRow> rows, int offset, int limit, Func<TRow, T> map) =>
        new([.. rows.Take(limit).Select(map)], offset, limit, rows.Count > limit ? offset + limit : null);
}
