using System.Text.Json;
using OpenLettings.Domain.Properties;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Web.Features.Bidding;

/// <summary>A bid to place: the application and the advert.</summary>
public sealed record PlaceBidRequest(Guid? ApplicationId = null, Guid? AdvertId = null);

/// <summary>A bid's withdrawal, with the version read.</summary>
public sealed record WithdrawBidRequest(long? Version = null);

/// <summary>One reason the scheme gave, with its citation (e.g. <c>001 §15.4</c>).</summary>
public sealed record BidReason(string RuleId, string Citation, string Text);

/// <summary>The home a bid is for.</summary>
public sealed record BidAdvertSummary(
    Guid AdvertId,
    AdvertStatus Status,
    Guid PropertyId,
    string PropertyReference,
    string AddressLine,
    string Postcode,
    PropertyType Type,
    int Bedrooms,
    DateTimeOffset BiddingClosesAt);

/// <summary>
/// A bid: its state (001 §61.49), who placed it, and the scheme's answer when it was placed. <c>willBeBypassed</c>
/// with <c>warnings</c> means the bid stands but the household will be bypassed at shortlisting for those reasons.
/// </summary>
public sealed record BidResponse(
    Guid Id,
    Guid ApplicationId,
    string ApplicationReference,
    Guid AdvertId,
    Guid CycleId,
    BidPlacedBy PlacedBy,
    DateTimeOffset PlacedAt,
    BidStatus Status,
    DateTimeOffset StatusChangedAt,
    bool WillBeBypassed,
    IReadOnlyList<BidReason> Warnings,
    BidAdvertSummary? Advert,
    long Version)
{
    public static BidResponse From(Bid bid)
    {
        var (bypassed, reasons) = ReadEligibility(bid.EligibilityJson);
        var advert = bid.Advert is { Property: { } p, Cycle: { } c } a
            ? new BidAdvertSummary(a.Id, a.Status, p.Id, p.Reference, p.AddressLine, p.Postcode, p.Type, p.Bedrooms, c.ClosesAt)
            : null;
        return new BidResponse(bid.Id, bid.ApplicationId, bid.Application?.Reference ?? "", bid.AdvertId, bid.CycleId, bid.PlacedBy,
            bid.PlacedAt, bid.Status, bid.StatusChangedAt, bypassed, bypassed ? reasons : [], advert, bid.Version);
    }

    private static (bool WillBeBypassed, List<BidReason> Reasons) ReadEligibility(string? json)
    {
        if (string.IsNullOrEmpty(json))
        {
            return (false, []);
        }
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var bypassed = root.TryGetProperty("willBeBypassed", out var flag) && flag.ValueKind == JsonValueKind.True;
        var reasons = root.TryGetProperty("reasons", out var list) && list.ValueKind == JsonValueKind.Array
            ? list.EnumerateArray().Select(r => new BidReason(
                r.GetProperty("ruleId").GetString() ?? "",
                r.GetProperty("citation").GetString() ?? "",
                r.GetProperty("text").GetString() ?? "")).ToList()
            : [];
        return (bypassed, reasons);
    }
}

/// <summary>An application's bids.</summary>
public sealed record ApplicationBidsResponse(Guid ApplicationId, string ApplicationReference, IReadOnlyList<BidResponse> Items, int Offset, int Limit, int? NextOffset);

/// <summary>An advert's bids: how many, by status, and a page of them in the order placed.</summary>
public sealed record AdvertBidsResponse(
    Guid AdvertId,
    int Count,
    IReadOnlyDictionary<string, int> ByStatus,
    IReadOnlyList<BidResponse> Items,
    int Offset,
    int Limit,
    int? NextOffset);
