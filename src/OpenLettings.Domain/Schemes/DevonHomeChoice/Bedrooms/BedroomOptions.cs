namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Bedrooms;

/// <summary>How children are paired when more than one arrangement is possible (001 §14.2-14.3; spec ambiguity 2).</summary>
public enum ChildPairing
{
    /// <summary>
    /// The arrangement that needs the fewest rooms, "wherever possible" (001 §14.8, §22.11). For a boy and a girl
    /// of 12 with a girl of 8 and a boy of 5 this pairs each 12-year-old with the under-10 of the same sex: 2 rooms.
    /// </summary>
    MinimumRooms,

    /// <summary>
    /// The rules in the order §14.2-14.3 print them: same-sex pairs of 10-15s, then pairs of under-10s (eldest
    /// first), and only then an unpaired 10-15 with the left-over under-10 if of the same sex. For the example above:
    /// 3 rooms (the under-10s share; each 12-year-old has a room).
    /// </summary>
    Sequential,
}

/// <summary>How a room confirmed too small combines with a shortfall under the bedroom standard (001 §22.3, §30.7).</summary>
public enum TooSmallRoomRule
{
    /// <summary>The higher of the two overcrowding levels applies: a too-small room shared by 2 is at least "lacking one bedroom", by 3 "severe".</summary>
    HigherLevel,

    /// <summary>Each too-small room shared by 2 adds one lacking bedroom, and by 3 or more two, to the shortfall under the standard.</summary>
    AddToShortfall,
}

/// <summary>When a household lacking one bedroom counts as having "2 children lacking a bedroom" (001 §22.1, §22.9).</summary>
public enum TwoChildrenLackingRule
{
    /// <summary>
    /// The lacking room is one two children would share, rooms being given to adults first, then to children who
    /// share, then to children alone, then to extra bedrooms (001 §22.11: children share wherever possible).
    /// </summary>
    SharedRoomLacking,

    /// <summary>
    /// The manual's list read literally: at least twice as many children (under the adult age) as current
    /// bedrooms, that is 2 children in a 1-bed, 4 in a 2-bed, 6 in a 3-bed (001 §22.9).
    /// </summary>
    ChildrenPerBedroomList,
}

/// <summary>Bedroom-standard choices (001 §14). Defaults are the manual's values.</summary>
public sealed record BedroomOptions
{
    /// <summary>
    /// The age from which a person has a bedroom of their own (or shares only with a partner). Default 16.
    /// </summary>
    /// <remarks>
    /// 001 §14.2 lists both "adult aged 16 years or more" and "adolescents aged 10-16" (spec ambiguity 1). The
    /// default reads 16 as adult, as §14.18-14.20 call 10 and 16 the key ages; set 17 to treat 16-year-olds as
    /// adolescents who may share.
    /// </remarks>
    public int AdultAge { get; init; } = 16;

    /// <summary>
    /// The age from which children share only with a child of the same sex (001 §14.2: pairs of under-10s share
    /// regardless of sex). Default 10.
    /// </summary>
    public int SameSexSharingAge { get; init; } = 10;

    /// <summary>How children are paired (001 §14.2-14.3; spec ambiguity 2). Default <see cref="ChildPairing.MinimumRooms"/>.</summary>
    public ChildPairing Pairing { get; init; } = ChildPairing.MinimumRooms;

    /// <summary>When lacking one bedroom is severe because 2 children lack a bedroom (001 §22.1, §22.9). Default <see cref="TwoChildrenLackingRule.SharedRoomLacking"/>.</summary>
    public TwoChildrenLackingRule TwoChildrenLacking { get; init; } = TwoChildrenLackingRule.SharedRoomLacking;

    /// <summary>How rooms confirmed too small combine with the standard's shortfall (001 §22.3, §30.7). Default <see cref="TooSmallRoomRule.HigherLevel"/>.</summary>
    public TooSmallRoomRule TooSmallRooms { get; init; } = TooSmallRoomRule.HigherLevel;

    /// <summary>
    /// The most extra bedrooms given to foster carers, adopters and special guardians without evidence of a
    /// specific confirmed need for more. Default 1.
    /// </summary>
    /// <remarks>001 §27.9: "usually a maximum of 1 additional bedroom in order to be consistent with benefit rules".</remarks>
    public int FosteringExtraBedroomsLimit { get; init; } = 1;

    /// <summary>
    /// How many days ahead the "Bedroom/Band review" list looks for a member reaching a key age or a baby due,
    /// counting today as the first day. Default 7.
    /// </summary>
    /// <remarks>001 §14.19.</remarks>
    public int NeedChangeWindowDays { get; init; } = 7;
}
