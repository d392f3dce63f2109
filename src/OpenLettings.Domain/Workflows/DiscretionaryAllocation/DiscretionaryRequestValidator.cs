using System.Collections.Immutable;
using OpenLettings.Domain.Validation;

namespace OpenLettings.Domain.Workflows.DiscretionaryAllocation;

/// <summary>
/// Checks that a request and its events can be evaluated; field paths are camelCase JSON paths relative to the input
/// (<c>request.reference</c>, <c>events[2].on</c>). Policy outcomes (a wrong-stage or unauthorised event) are not
/// validation errors: <see cref="DiscretionaryAllocationWorkflow.Evaluate"/> refuses them with reasons.
/// </summary>
public static class DiscretionaryRequestValidator
{
    /// <summary>Returns every problem found (empty when the input can be evaluated).</summary>
    public static ImmutableArray<ValidationError> Validate(DiscretionaryRequest request, ImmutableArray<DiscretionaryEvent> events, DateOnly asOf)
    {
        var errors = ImmutableArray.CreateBuilder<ValidationError>();
        void Error(string field, string rule, string message) => errors.Add(new ValidationError(field, rule, message));

        if (string.IsNullOrWhiteSpace(request.Reference))
        {
            Error("request.reference", "required", "The request needs a reference.");
        }

        if (string.IsNullOrWhiteSpace(request.ApplicationId.Value))
        {
            Error("request.applicationId", "required", "The request needs the applicant's rehousing application reference.");
        }

        if (string.IsNullOrWhiteSpace(request.RequestedBy.Value))
        {
            Error("request.requestedBy", "required", "The request needs the requesting officer.");
        }

        if (request.PropertyId is { } property && string.IsNullOrWhiteSpace(property.Value))
        {
            Error("request.propertyId", "required", "A property reference, when given, must not be empty.");
        }

        if (request.SubmittedOn > asOf)
        {
            Error("request.submittedOn", "notInFuture", "The request cannot be submitted after the evaluation date.");
        }

        var reasons = request.Reasons.IsDefault ? [] : request.Reasons;
        for (var i = 0; i < reasons.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(reasons[i]))
            {
                Error($"request.reasons[{i}]", "notEmpty", "A reason must not be empty.");
            }
        }

        var evidence = request.Evidence.IsDefault ? [] : request.Evidence;
        for (var i = 0; i < evidence.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(evidence[i]))
            {
                Error($"request.evidence[{i}]", "notEmpty", "An evidence entry must not be empty.");
            }
        }

        var list = events.IsDefault ? [] : events;
        var previous = request.SubmittedOn;
        for (var i = 0; i < list.Length; i++)
        {
            var e = list[i];
            var path = $"events[{i}]";
            if (string.IsNullOrWhiteSpace(e.By.Value))
            {
                Error(path + ".by", "required", "Each event needs the member of staff who acted.");
            }

            if (e.PropertyId is { } offered && string.IsNullOrWhiteSpace(offered.Value))
            {
                Error(path + ".propertyId", "required", "A property reference, when given, must not be empty.");
            }

            if (e.On > asOf)
            {
                Error(path + ".on", "notInFuture", "An event cannot be dated after the evaluation date.");
            }
            else if (e.On < request.SubmittedOn)
            {
                Error(path + ".on", "notBeforeSubmission", "An event cannot be dated before the request was submitted.");
            }
            else if (e.On < previous)
            {
                Error(path + ".on", "chronological", "Events must be listed in date order; this one is dated before the event above it.");
            }

            if (e.On > previous)
            {
                previous = e.On;
            }
        }

        return errors.ToImmutable();
    }
}
