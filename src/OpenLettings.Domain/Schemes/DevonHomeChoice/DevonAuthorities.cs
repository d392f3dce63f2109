using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice;

/// <summary>The ten Devon Home Choice partner local authorities (001 §12.34, §19.2).</summary>
public static class DevonAuthorities
{
    public static readonly LocalAuthorityId EastDevon = new("east-devon");
    public static readonly LocalAuthorityId Exeter = new("exeter");
    public static readonly LocalAuthorityId MidDevon = new("mid-devon");
    public static readonly LocalAuthorityId NorthDevon = new("north-devon");
    public static readonly LocalAuthorityId Plymouth = new("plymouth");
    public static readonly LocalAuthorityId SouthHams = new("south-hams");
    public static readonly LocalAuthorityId Teignbridge = new("teignbridge");
    public static readonly LocalAuthorityId Torbay = new("torbay");
    public static readonly LocalAuthorityId Torridge = new("torridge");
    public static readonly LocalAuthorityId WestDevon = new("west-devon");

    /// <summary>All ten, in the manual's order.</summary>
    public static readonly ImmutableArray<LocalAuthorityId> All =
        [EastDevon, Exeter, MidDevon, NorthDevon, Plymouth, SouthHams, Teignbridge, Torbay, Torridge, WestDevon];

    /// <summary>True when <paramref name="authority"/> is one of the ten partners.</summary>
    public static bool IsPartner(LocalAuthorityId authority) => All.Contains(authority);
}
