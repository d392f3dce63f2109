using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The Home-Options bands, highest first (003 Appendix B 7(i)).</summary>
public enum ChesterfieldBand
{
    A,
    /// <summary>Band B+ (homeless duties), between A and B (003 Appendix B 7(iii)).</summary>
    BPlus,
    B,
    C,
    D,
}

/// <summary>
/// The priority levels a shortlist compares, highest first: the bands with B+ split into B+1 (main duty) before
/// B+2 (relief duty) (003 Appendix B 10(ii)). Within any other band the reason does not matter.
/// </summary>
public enum PriorityLevel
{
    A,
    BPlus1,
    BPlus2,
    B,
    C,
    D,
}

/// <summary>Every priority reason of the policy, by its code (003 Appendix B 7(v)-7(viii); §3.17).</summary>
public enum BandReasonCode
{
    /// <summary>A-1 Urgent medical priority.</summary>
    A1UrgentMedical,
    /// <summary>A-2 Major property factors (demolition, EH action, decant).</summary>
    A2MajorPropertyFactors,
    /// <summary>A-3 Social tenants under-occupying (to a one-bed home or giving up two or more bedrooms).</summary>
    A3UnderOccupyingTwoOrMore,
    /// <summary>A-4a Personal protection / harassment.</summary>
    A4aPersonalProtection,
    /// <summary>A-4b Emergency fire or flood.</summary>
    A4bFireOrFlood,
    /// <summary>A-4c Exceptional circumstances (Review Panel).</summary>
    A4cExceptionalCircumstances,
    /// <summary>A-5 Temporary accommodation move.</summary>
    A5TemporaryAccommodationMove,
    /// <summary>B+1 Owed the main homelessness duty.</summary>
    BPlus1MainDuty,
    /// <summary>B+2 Owed the relief duty (s189B) with priority need.</summary>
    BPlus2ReliefDuty,
    /// <summary>B-1 Move-on from specialist and supported accommodation.</summary>
    B1MoveOn,
    /// <summary>B-3 Prevention duty with priority need and bidding in the housing plan.</summary>
    B3Prevention,
    /// <summary>B-4 Overcrowding, lacking two or more bedrooms (derived by the engine).</summary>
    B4OvercrowdedTwoOrMore,
    /// <summary>B-5 Medical needs (higher).</summary>
    B5Medical,
    /// <summary>B-6 Social tenants under-occupying, freeing one bedroom and leaving family accommodation.</summary>
    B6UnderOccupyingLeavingFamilyHome,
    /// <summary>B-7 Overcrowded social tenants in two-bedroom houses (derived by the engine).</summary>
    B7OvercrowdedInTwoBedHouse,
    /// <summary>C-1 Lacks or shares basic facilities.</summary>
    C1LacksBasicFacilities,
    /// <summary>C-2 Overcrowding, lacking one bedroom (derived by the engine).</summary>
    C2OvercrowdedOneBedroom,
    /// <summary>C-3 Living with family, friends or ex-partner and sharing facilities.</summary>
    C3SharingWithFamilyOrFriends,
    /// <summary>C-4 Medium medical need.</summary>
    C4MediumMedical,
    /// <summary>C-5 Medium social need / hardship.</summary>
    C5MediumSocial,
    /// <summary>C-6 Prevention or relief duty without priority need.</summary>
    C6HomelessNoPriorityNeed,
    /// <summary>C-7 Intentionally homeless.</summary>
    C7IntentionallyHomeless,
    /// <summary>C-8 Social tenants under-occupying, freeing one bedroom and staying in family accommodation.</summary>
    C8UnderOccupyingStayingInFamilyHome,
    /// <summary>Chesterfield local difference: its own tenants in flats with children living with them (band by option).</summary>
    CbcChildrenInFlat,
    /// <summary>D-1 Private tenant with a desire to move (derived from tenure).</summary>
    D1PrivateTenant,
    /// <summary>D-2 Social tenant with a desire to move (derived from tenure).</summary>
    D2SocialTenant,
    /// <summary>D-3 Owner-occupier who qualifies but has sufficient resources (derived).</summary>
    D3OwnerOccupier,
    /// <summary>D-4 All others, including sufficient equity (derived).</summary>
    D4AllOthers,
}

/// <summary>What the policy says about each reason: its band, its printed code and its section.</summary>
public static class BandReasons
{
    /// <summary>The band a reason belongs to; <paramref name="options"/> places the children-in-flats local difference.</summary>
    public static ChesterfieldBand BandOf(BandReasonCode code, ChesterfieldOptions options) => code switch
    {
        BandReasonCode.A1UrgentMedical or BandReasonCode.A2MajorPropertyFactors or BandReasonCode.A3UnderOccupyingTwoOrMore
            or BandReasonCode.A4aPersonalProtection or BandReasonCode.A4bFireOrFlood or BandReasonCode.A4cExceptionalCircumstances
            or BandReasonCode.A5TemporaryAccommodationMove => ChesterfieldBand.A,
        BandReasonCode.BPlus1MainDuty or BandReasonCode.BPlus2ReliefDuty => ChesterfieldBand.BPlus,
        BandReasonCode.B1MoveOn or BandReasonCode.B3Prevention or BandReasonCode.B4OvercrowdedTwoOrMore or BandReasonCode.B5Medical
            or BandReasonCode.B6UnderOccupyingLeavingFamilyHome or BandReasonCode.B7OvercrowdedInTwoBedHouse => ChesterfieldBand.B,
        BandReasonCode.C1LacksBasicFacilities or BandReasonCode.C2OvercrowdedOneBedroom or BandReasonCode.C3SharingWithFamilyOrFriends
            or BandReasonCode.C4MediumMedical or BandReasonCode.C5MediumSocial or BandReasonCode.C6HomelessNoPriorityNeed
            or BandReasonCode.C7IntentionallyHomeless or BandReasonCode.C8UnderOccupyingStayingInFamilyHome => ChesterfieldBand.C,
        BandReasonCode.CbcChildrenInFlat => options.ChildrenInFlatsBand ?? ChesterfieldBand.D,
        BandReasonCode.D1PrivateTenant or BandReasonCode.D2SocialTenant or BandReasonCode.D3OwnerOccupier
            or BandReasonCode.D4AllOthers => ChesterfieldBand.D,
    };

    /// <summary>The shortlist level of a reason (B+1 and B+2 are distinct levels).</summary>
    public static PriorityLevel LevelOf(BandReasonCode code, ChesterfieldOptions options) => code switch
    {
        BandReasonCode.BPlus1MainDuty => PriorityLevel.BPlus1,
        BandReasonCode.BPlus2ReliefDuty => PriorityLevel.BPlus2,
        _ => BandOf(code, options) switch
        {
            ChesterfieldBand.A => PriorityLevel.A,
            ChesterfieldBand.BPlus => PriorityLevel.BPlus2,
            ChesterfieldBand.B => PriorityLevel.B,
            ChesterfieldBand.C => PriorityLevel.C,
            ChesterfieldBand.D => PriorityLevel.D,
        },
    };

    /// <summary>The band of a level.</summary>
    public static ChesterfieldBand BandOf(PriorityLevel level) => level switch
    {
        PriorityLevel.A => ChesterfieldBand.A,
        PriorityLevel.BPlus1 or PriorityLevel.BPlus2 => ChesterfieldBand.BPlus,
        PriorityLevel.B => ChesterfieldBand.B,
        PriorityLevel.C => ChesterfieldBand.C,
        PriorityLevel.D => ChesterfieldBand.D,
    };

    /// <summary>The band as printed ("A", "B+", "B", "C", "D").</summary>
    public static string Name(ChesterfieldBand band) => band switch
    {
        ChesterfieldBand.A => "A",
        ChesterfieldBand.BPlus => "B+",
        ChesterfieldBand.B => "B",
        ChesterfieldBand.C => "C",
        ChesterfieldBand.D => "D",
    };

    /// <summary>The level as printed ("A", "B+1", "B+2", "B", "C", "D").</summary>
    public static string Name(PriorityLevel level) => level switch
    {
        PriorityLevel.A => "A",
        PriorityLevel.BPlus1 => "B+1",
        PriorityLevel.BPlus2 => "B+2",
        PriorityLevel.B => "B",
        PriorityLevel.C => "C",
        PriorityLevel.D => "D",
    };

    /// <summary>The code as printed in the policy (e.g. "A-4a", "B+1", "C-2").</summary>
    public static string PrintedCode(BandReasonCode code) => code switch
    {
        BandReasonCode.A1UrgentMedical => "A-1",
        BandReasonCode.A2MajorPropertyFactors => "A-2",
        BandReasonCode.A3UnderOccupyingTwoOrMore => "A-3",
        BandReasonCode.A4aPersonalProtection => "A-4a",
        BandReasonCode.A4bFireOrFlood => "A-4b",
        BandReasonCode.A4cExceptionalCircumstances => "A-4c",
        BandReasonCode.A5TemporaryAccommodationMove => "A-5",
        BandReasonCode.BPlus1MainDuty => "B+1",
        BandReasonCode.BPlus2ReliefDuty => "B+2",
        BandReasonCode.B1MoveOn => "B-1",
        BandReasonCode.B3Prevention => "B-3",
        BandReasonCode.B4OvercrowdedTwoOrMore => "B-4",
        BandReasonCode.B5Medical => "B-5",
        BandReasonCode.B6UnderOccupyingLeavingFamilyHome => "B-6",
        BandReasonCode.B7OvercrowdedInTwoBedHouse => "B-7",
        BandReasonCode.C1LacksBasicFacilities => "C-1",
        BandReasonCode.C2OvercrowdedOneBedroom => "C-2",
        BandReasonCode.C3SharingWithFamilyOrFriends => "C-3",
        BandReasonCode.C4MediumMedical => "C-4",
        BandReasonCode.C5MediumSocial => "C-5",
        BandReasonCode.C6HomelessNoPriorityNeed => "C-6",
        BandReasonCode.C7IntentionallyHomeless => "C-7",
        BandReasonCode.C8UnderOccupyingStayingInFamilyHome => "C-8",
        BandReasonCode.CbcChildrenInFlat => "CBC children in flats",
        BandReasonCode.D1PrivateTenant => "D-1",
        BandReasonCode.D2SocialTenant => "D-2",
        BandReasonCode.D3OwnerOccupier => "D-3",
        BandReasonCode.D4AllOthers => "D-4",
    };

    /// <summary>The seed section that defines a reason.</summary>
    public static Citation CitationOf(BandReasonCode code) => code switch
    {
        BandReasonCode.CbcChildrenInFlat => ChesterfieldCitations.CabinetReport("3.17"),
        _ => BandOf(code, new ChesterfieldOptions()) switch
        {
            ChesterfieldBand.A => ChesterfieldCitations.Policy("7(v) " + PrintedCode(code)),
            ChesterfieldBand.BPlus => ChesterfieldCitations.Policy("7(iii) " + PrintedCode(code)),
            ChesterfieldBand.B => ChesterfieldCitations.Policy("7(vi) " + PrintedCode(code)),
            ChesterfieldBand.C => ChesterfieldCitations.Policy("7(vii) " + PrintedCode(code)),
            ChesterfieldBand.D => ChesterfieldCitations.Policy("7(viii) " + PrintedCode(code)),
        },
    };

    /// <summary>Whether the engine derives the reason itself (overcrowding, tenure-based Band D, the local difference) rather than taking it as an officer's award.</summary>
    public static bool IsDerived(BandReasonCode code) => code is BandReasonCode.B4OvercrowdedTwoOrMore or BandReasonCode.B7OvercrowdedInTwoBedHouse
        or BandReasonCode.C2OvercrowdedOneBedroom or BandReasonCode.CbcChildrenInFlat or BandReasonCode.D1PrivateTenant
        or BandReasonCode.D2SocialTenant or BandReasonCode.D3OwnerOccupier or BandReasonCode.D4AllOthers;

    /// <summary>Whether a reason is a medical award (removed when an extra bedroom is given on medical grounds).</summary>
    public static bool IsMedical(BandReasonCode code) => code is BandReasonCode.A1UrgentMedical or BandReasonCode.B5Medical or BandReasonCode.C4MediumMedical;
}
