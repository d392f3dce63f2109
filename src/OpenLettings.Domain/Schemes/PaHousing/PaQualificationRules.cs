using OpenLettings.Domain.Explanations;

namespace OpenLettings.Domain.Schemes.PaHousing;

/// <summary>
/// Whether the household may join by its route: the register being open, the sub-regional access routes for
/// direct applicants, the Independent Living age, and the need for an identified housing need to transfer.
/// </summary>
/// <remarks>004 §1.3, §4.3, §4.5, §6.2.</remarks>
public static class PaQualificationRules
{
    /// <summary>
    /// Applies the access rules. <paramref name="atRegistration"/> are the options in force when the application
    /// was registered (a register closure applies to new applicants, 004 §4.5); <paramref name="band"/> is the
    /// banding result (a transfer needs an identified housing need, 004 §1.3).
    /// </summary>
    public static PaQualificationDecision Assess(PaHousingApplication app, SubRegion region, PaHousingOptions options,
        PaHousingOptions atRegistration, PaBandDecision band, DateOnly asOf)
    {
        var failed = new List<Reason>();
        var passed = new List<Reason>();
        void Check(bool ok, Reason reason) => (ok ? passed : failed).Add(reason);

        var registered = DateOnly.FromDateTime(app.RegisteredAt);
        var routeFact = Pa.Fact("route", app.Route);
        if (app.Route != PaRoute.LocalAuthorityNomination)
        {
            var open = atRegistration.For(region).RegisterOpen;
            Check(open, Pa.Reason("Qualification.RegisterOpen", "4.5", open
                ? $"The register for {Pa.Region(region)} was open to new applicants when you applied."
                : $"The register for {Pa.Region(region)} was closed to new applicants on {registered:d MMMM yyyy}, when you applied.",
                Pa.Fact("registered", registered)));
        }

        var subRegion = options.For(region);
        switch (app.Route)
        {
            case PaRoute.LocalAuthorityNomination:
                Check(true, Pa.Reason("Qualification.Nomination", "3.2", $"You have been nominated by {app.LocalAuthority} under its nominations agreement.", routeFact));
                break;
            case PaRoute.Transfer:
                Check(true, Pa.Reason("Qualification.Transfer", "1.3", "As an existing PA Housing tenant you may apply to transfer.", routeFact));
                if (options.TransferApplicantsMustSeekMutualExchange)
                {
                    var seeking = app.RegisteredForMutualExchange != false;
                    Check(seeking, Pa.Reason("Qualification.MutualExchange", "6.4", app.RegisteredForMutualExchange switch
                    {
                        true => "You are registered for a mutual exchange, as transfer applicants must be.",
                        false => "Transfer applicants must also register and actively seek a mutual exchange; you are not registered.",
                        null => "Transfer applicants must also register and actively seek a mutual exchange (for example through Homeswapper).",
                    }, Pa.Fact("registered for mutual exchange", app.RegisteredForMutualExchange)));
                }

                break;
            case PaRoute.KeyWorker:
                Check(true, Pa.Reason("Qualification.KeyWorker", "4.5", "Key workers may apply directly.", routeFact));
                break;
            case PaRoute.DirectApplicant when app.SeekingIndependentLiving:
            {
                var ok = subRegion.DirectApplicantsForIndependentLiving || subRegion.DirectIndependentLivingBoroughs.Contains(app.LocalAuthority);
                Check(ok, Pa.Reason("Qualification.DirectIndependentLiving", "4.5", ok
                    ? $"Direct applicants may apply for Independent Living in {app.LocalAuthority} ({Pa.Region(region)})."
                    : $"In {Pa.Region(region)} direct applicants may apply for Independent Living only in {string.Join(", ", subRegion.DirectIndependentLivingBoroughs)}; otherwise only PA Housing residents, key workers and nominees may join.",
                    routeFact, Pa.Fact("local authority", app.LocalAuthority)));
                break;
            }

            case PaRoute.DirectApplicant:
            {
                var ok = subRegion.DirectApplicantsForGeneralNeeds;
                Check(ok, Pa.Reason("Qualification.DirectGeneralNeeds", "4.5", ok
                    ? $"Direct applicants may apply for general needs housing in {Pa.Region(region)}."
                    : $"Direct applicants may not apply for general needs housing in {Pa.Region(region)}; only PA Housing residents, key workers and nominees may join there.",
                    routeFact));
                break;
            }
        }

        if (app.SeekingIndependentLiving)
        {
            var age = app.Household.MainApplicant.AgeOn(asOf);
            var ok = age >= options.IndependentLivingMinimumAge;
            Check(ok, Pa.Reason("Qualification.IndependentLivingAge", "4.3", ok
                ? $"You are {age}, so you meet the minimum age of {options.IndependentLivingMinimumAge} for Independent Living."
                : $"Independent Living for older people is for applicants aged {options.IndependentLivingMinimumAge} or over; you are {age}.",
                Pa.Fact("age", age)));
        }

        if (app.Route != PaRoute.LocalAuthorityNomination)
        {
            var banded = band.Band is not null;
            Check(banded, Pa.Reason("Qualification.HousingNeed", "1.3", banded
                ? $"You have priority in Band {band.Band}."
                : app.Route == PaRoute.Transfer
                    ? "Only tenants with an identified housing need can apply to transfer; you could look for a mutual exchange instead."
                    : "You do not meet any of the criteria for a band, so you cannot join the register.",
                Pa.Fact("band", band.Band)));
        }

        return failed.Count == 0
            ? new PaQualificationDecision(true, [.. passed])
            : new PaQualificationDecision(false, [.. failed, .. passed]) { Failures = [.. failed] };
    }
}
