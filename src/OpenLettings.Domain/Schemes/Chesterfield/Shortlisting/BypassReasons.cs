namespace OpenLettings.Domain.Schemes.Chesterfield;

/// <summary>The plain-English text of each bypass reason (003 Appendix B 11(ii)).</summary>
public static class BypassReasons
{
    /// <summary>The sentence shown to the applicant.</summary>
    public static string Describe(BypassReason reason) => reason switch
    {
        BypassReason.LackOfSupport => "you need support to set up or keep the tenancy and that support is not available",
        BypassReason.FailedPropertyInspection => "your current home did not meet the standard at the pre-transfer inspection",
        BypassReason.AcceptedHigherPriorityNomination => "the home is needed for someone else who needs urgent rehousing",
        BypassReason.AdaptedPropertyNotRequired => "the home has adaptations that your household does not need",
        BypassReason.AntiSocialBehaviourDisqualification => "there is a history of anti-social behaviour at the home and in your application, and the letting may cause further problems",
        BypassReason.DoesNotMeetCharitableObjects => "you do not meet the charitable objects of the landlord",
        BypassReason.CircumstancesChangedNotReported => "your household's circumstances have changed and you have not told us; your application must be reassessed",
        BypassReason.DoesNotMeetAdvertCriteria => "you do not meet a criterion stated in the advert",
        BypassReason.DoesNotMeetLocalConnectionCriteria => "you do not meet the local connection criteria for this home (for example a parish connection)",
        BypassReason.FailedToProduceDocuments => "you could not produce the documents needed to verify your household",
        BypassReason.FailedToRespondToOffer => "you did not respond to the offer; your application may be set to pending",
        BypassReason.CannotAffordRent => "the financial assessment showed you cannot afford the rent",
        BypassReason.InArrears => "you have rent arrears",
        BypassReason.LettingTooSensitive => "the letting is too sensitive for reasons of child or vulnerable adult protection",
        BypassReason.MatchedInError => "the system matched your household to this home in error",
        BypassReason.MemberIneligible => "a member of your household is no longer eligible",
        BypassReason.PetsUnacceptable => "your pets are not allowed under the landlord's pets policy",
        BypassReason.PropertyCannotBeAdapted => "the home cannot be adapted to meet your needs",
        BypassReason.PropertyWithdrawn => "the home has been withdrawn",
        BypassReason.VeryExceptionalCircumstances => "of very exceptional circumstances agreed by the Housing Needs Manager",
    };
}
