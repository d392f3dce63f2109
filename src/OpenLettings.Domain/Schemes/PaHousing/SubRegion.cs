using System.Collections.Immutable;
using OpenLettings.Domain.Common;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>PA Housing's three sub-regions, between which parts of the policy vary (004 §1.2, §3.4).</summary>
public enum SubRegion
{
    Midlands,
    London,
    SouthEast,
}

/// <summary>
/// The boroughs and districts of Appendix 1 and the sub-region each belongs to, by local authority id
/// (lower-case, hyphenated names such as <c>newark-and-sherwood</c>).
/// </summary>
/// <remarks>004 Appendix 1, §3.4. Croydon is treated as a London borough (Appendix 1 note); the boroughs
/// marked for "future integration" into the South East (Aylesbury, Reading, St Albans, Watford) are listed
/// in the table and so are mapped to the South East now (see docs/schemes/pa-housing.md).</remarks>
public static class PaSubRegions
{
    public static readonly ImmutableArray<string> Midlands =
    [
        "ashfield", "bassetlaw", "blaby", "bolsover", "broxtowe", "charnwood", "chesterfield", "corby",
        "daventry", "east-northamptonshire", "gedling", "harborough", "hinckley-and-bosworth", "kettering",
        "leicester", "mansfield", "melton", "newark-and-sherwood", "north-east-derbyshire", "north-kesteven",
        "northampton", "nottingham", "nuneaton-and-bedworth", "oadby-and-wigston", "rugby", "rushcliffe",
        "rutland", "south-kesteven", "south-northamptonshire", "wellingborough",
    ];

    public static readonly ImmutableArray<string> London =
    [
        "barking-and-dagenham", "barnet", "brent", "camden", "croydon", "ealing", "greenwich",
        "hammersmith-and-fulham", "haringey", "harrow", "hillingdon", "islington", "lambeth", "lewisham",
        "newham", "redbridge", "southwark", "tower-hamlets", "waltham-forest", "wandsworth",
    ];

    public static readonly ImmutableArray<string> SouthEast =
    [
        "arun", "aylesbury", "elmbridge", "epsom-and-ewell", "guildford", "hounslow", "kingston-upon-thames",
        "merton", "reading", "richmond-upon-thames", "runnymede", "spelthorne", "st-albans", "watford", "woking",
    ];

    /// <summary>South East boroughs marked in Appendix 1 as "to be incorporated ... as part of future integration".</summary>
    public static readonly ImmutableArray<string> FutureIntegration = ["aylesbury", "reading", "st-albans", "watford"];

    /// <summary>Richmond upon Thames: the only South East borough taking direct Independent Living applicants (004 §4.5).</summary>
    public static readonly LocalAuthorityId Richmond = new("richmond-upon-thames");

    /// <summary>The Appendix 1 table as a lookup from local authority to sub-region.</summary>
    public static ImmutableDictionary<LocalAuthorityId, SubRegion> Appendix1 { get; } =
        Midlands.Select(a => KeyValuePair.Create(new LocalAuthorityId(a), SubRegion.Midlands))
            .Concat(London.Select(a => KeyValuePair.Create(new LocalAuthorityId(a), SubRegion.London)))
            .Concat(SouthEast.Select(a => KeyValuePair.Create(new LocalAuthorityId(a), SubRegion.SouthEast)))
            .ToImmutableDictionary();

    /// <summary>The name shown to applicants.</summary>
    public static string Describe(SubRegion subRegion) => subRegion switch
    {
        SubRegion.Midlands => "the Midlands",
        SubRegion.London => "London",
        SubRegion.SouthEast => "the South East",
    };
}
