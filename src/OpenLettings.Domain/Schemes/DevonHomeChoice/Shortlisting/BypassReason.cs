using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.DevonHomeChoice.Shortlisting;

/// <summary>
/// The reasons a shortlister may bypass a bidder. Bypasses may come only from the DHC Policy, the landlord's
/// published policy or the advert's conditions (001 §61.9); each is recorded and monitored per landlord
/// (001 §61.24, §61.35). Codes follow the catalogue (spec 20.2).
/// </summary>
public enum BypassReason
{
    /// <summary>BP-ELIG: not eligible for the home (bed size, occupancy, advert restriction, mobility, age).</summary>
    NotEligibleForProperty,
    /// <summary>BP-LC: does not meet a local connection requirement, or is outranked by a preference.</summary>
    LocalConnection,
    /// <summary>BP-LLP: does not meet Local Lettings Plan or Sensitive Let criteria.</summary>
    LettingPlanCriteria,
    /// <summary>BP-NOCONTACT: no response within the landlord's 3 working days plus 24 hours.</summary>
    NoContact,
    /// <summary>BP-OTHERPROP: chose to be considered for another home.</summary>
    ChoseOtherProperty,
    /// <summary>BP-ACCEPTED-ELSEWHERE: Bid Accepted on another home.</summary>
    AcceptedElsewhere,
    /// <summary>BP-REF: the current partner landlord's reference was not received within 2 working days.</summary>
    ReferenceNotReceived,
    /// <summary>BP-HOMELESS-LA: the managing authority had a full working day to respond and did not.</summary>
    HomelessAuthorityNoResponse,
    /// <summary>BP-VERIFY: failed verification or a material change since banding.</summary>
    FailedVerification,
    /// <summary>BP-ARREARS-ASB: arrears or anti-social behaviour after registration, or the landlord's arrears policy.</summary>
    ArrearsOrAntisocialBehaviour,
    /// <summary>BP-FIN: the landlord's income or asset policy.</summary>
    LandlordFinancialPolicy,
    /// <summary>BP-LANDLORD-POLICY: non-family household, under 18, under-occupation or pets not allowed.</summary>
    LandlordPolicy,
    /// <summary>BP-SAFETY: area unsafe for the household, MAPPA restriction or a Social Services concern.</summary>
    Safety,
    /// <summary>BP-SUPPORT: move-on applicant whose support package is not yet in place.</summary>
    SupportNotInPlace,
    /// <summary>BP-NEED-SCOPE: the home does not meet the need the priority was given for.</summary>
    NeedScope,
    /// <summary>BP-AUTOBID-CRITERIA: an autobid whose property type, street or development does not match.</summary>
    AutobidCriteria,
}

/// <summary>The catalogue of bypass reasons: code, citation and description.</summary>
public static class BypassReasons
{
    /// <summary>The catalogue code (e.g. <c>BP-ELIG</c>).</summary>
    public static string Code(this BypassReason reason) => reason switch
    {
        BypassReason.NotEligibleForProperty => "BP-ELIG",
        BypassReason.LocalConnection => "BP-LC",
        BypassReason.LettingPlanCriteria => "BP-LLP",
        BypassReason.NoContact => "BP-NOCONTACT",
        BypassReason.ChoseOtherProperty => "BP-OTHERPROP",
        BypassReason.AcceptedElsewhere => "BP-ACCEPTED-ELSEWHERE",
        BypassReason.ReferenceNotReceived => "BP-REF",
        BypassReason.HomelessAuthorityNoResponse => "BP-HOMELESS-LA",
        BypassReason.FailedVerification => "BP-VERIFY",
        BypassReason.ArrearsOrAntisocialBehaviour => "BP-ARREARS-ASB",
        BypassReason.LandlordFinancialPolicy => "BP-FIN",
        BypassReason.LandlordPolicy => "BP-LANDLORD-POLICY",
        BypassReason.Safety => "BP-SAFETY",
        BypassReason.SupportNotInPlace => "BP-SUPPORT",
        BypassReason.NeedScope => "BP-NEED-SCOPE",
        BypassReason.AutobidCriteria => "BP-AUTOBID-CRITERIA",
    };

    /// <summary>The seed section the reason comes from.</summary>
    public static Citation Cite(this BypassReason reason) => Citation.Devon(reason switch
    {
        BypassReason.NotEligibleForProperty => "61.8",
        BypassReason.LocalConnection => "61.15",
        BypassReason.LettingPlanCriteria => "58.18",
        BypassReason.NoContact => "61.24",
        BypassReason.ChoseOtherProperty => "61.28",
        BypassReason.AcceptedElsewhere => "61.25",
        BypassReason.ReferenceNotReceived => "61.33",
        BypassReason.HomelessAuthorityNoResponse => "64.7",
        BypassReason.FailedVerification => "61.13",
        BypassReason.ArrearsOrAntisocialBehaviour => "49.3",
        BypassReason.LandlordFinancialPolicy => "48.18",
        BypassReason.LandlordPolicy => "61.9",
        BypassReason.Safety => "17.29",
        BypassReason.SupportNotInPlace => "26.41",
        BypassReason.NeedScope => "23.5",
        BypassReason.AutobidCriteria => "60.8",
    });

    /// <summary>A plain-English description of the reason.</summary>
    public static string Describe(this BypassReason reason) => reason switch
    {
        BypassReason.NotEligibleForProperty => "not eligible for this home",
        BypassReason.LocalConnection => "does not meet the advert's local connection requirement or preference",
        BypassReason.LettingPlanCriteria => "does not meet the Local Lettings Plan or Sensitive Let criteria",
        BypassReason.NoContact => "did not respond to the landlord in time",
        BypassReason.ChoseOtherProperty => "chose to be considered for another home",
        BypassReason.AcceptedElsewhere => "is being considered for another home (Bid Accepted)",
        BypassReason.ReferenceNotReceived => "the current landlord's reference was not received in time",
        BypassReason.HomelessAuthorityNoResponse => "the managing authority did not respond within a working day",
        BypassReason.FailedVerification => "failed verification or has had a material change of circumstances",
        BypassReason.ArrearsOrAntisocialBehaviour => "arrears or anti-social behaviour under the landlord's policy",
        BypassReason.LandlordFinancialPolicy => "the landlord's income or asset policy",
        BypassReason.LandlordPolicy => "the landlord's letting policy shown on the advert",
        BypassReason.Safety => "the area is recorded as unsafe, or a safeguarding restriction applies",
        BypassReason.SupportNotInPlace => "the support package is not yet in place",
        BypassReason.NeedScope => "the home does not meet the need the priority was given for",
        BypassReason.AutobidCriteria => "the home does not match the autobid property type, street or development",
    };
}
