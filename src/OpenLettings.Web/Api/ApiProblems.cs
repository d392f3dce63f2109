using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Json;
using OpenLettings.Infrastructure.Register;

namespace OpenLettings.Web.Api;

/// <summary>
/// Every API error as RFC 9457 problem details with a stable <c>code</c> (kebab-case, never reworded), the
/// <c>field</c> at fault where there is one, every validation error in <c>errors</c> (each with field, rule and
/// message), and the engine's cited <c>reasons</c> where an allocation rule refused the request.
/// </summary>
public sealed class ApiProblems(IProblemDetailsService problems, ILogger<ApiProblems> logger) : IExceptionHandler
{
    public const string TypeBase = "https://openlettings.org/problems/";

    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        var problem = ToProblem(exception);
        if (problem is null)
        {
            return false;
        }
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
        }
        http.Response.StatusCode = problem.Status ?? 500;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = http, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>Adds <c>code</c> (from the status when nothing more specific is known) and a trace id to every problem.</summary>
    public static void Customise(ProblemDetailsOptions options) => options.CustomizeProblemDetails = context =>
    {
        var problem = context.ProblemDetails;
        if (!problem.Extensions.ContainsKey("code"))
        {
            var code = problem.Status switch
            {
                StatusCodes.Status401Unauthorized => "unauthenticated",
                StatusCodes.Status403Forbidden => "forbidden",
                StatusCodes.Status404NotFound => "not-found",
                StatusCodes.Status405MethodNotAllowed => "method-not-allowed",
                StatusCodes.Status415UnsupportedMediaType => "unsupported-media-type",
                _ => problem.Status >= 500 ? "internal-error" : "bad-request",
            };
            problem.Extensions["code"] = code;
            problem.Type ??= TypeBase + code;
        }
        problem.Extensions["traceId"] = context.HttpContext.TraceIdentifier;
    };

    /// <summary>The problem for a known exception, or null to let the host handle it.</summary>
    public static ProblemDetails? ToProblem(Exception exception) => exception switch
    {
        RegisterException e => Problem(StatusOf(e.Failure), e.Code, e.Message, e.Field, e),
        ContractException e => Problem(StatusCodes.Status400BadRequest, "invalid-json", e.Message, e.Field, null, e.Rule),
        BadHttpRequestException { InnerException: JsonException json } => FromJson(json),
        BadHttpRequestException { InnerException: ContractException contract } =>
            Problem(StatusCodes.Status400BadRequest, "invalid-json", contract.Message, contract.Field, null, contract.Rule),
        BadHttpRequestException e => Problem(e.StatusCode, e.StatusCode == 413 ? "too-large" : "bad-request", e.Message, null, null),
        DbUpdateConcurrencyException => Problem(StatusCodes.Status412PreconditionFailed, "version-mismatch",
            "Someone else changed this while you were working on it. Read it again and reapply your change.", "version", null),
        _ => null,
    };

    private static ProblemDetails FromJson(JsonException json)
    {
        var contract = ContractException.From(json);
        return Problem(StatusCodes.Status400BadRequest, "invalid-json", contract.Message, contract.Field, null, contract.Rule);
    }

    private static int StatusOf(RegisterFailure failure) => failure switch
    {
        RegisterFailure.Invalid => StatusCodes.Status400BadRequest,
        RegisterFailure.Unauthenticated => StatusCodes.Status401Unauthorized,
        RegisterFailure.Forbidden => StatusCodes.Status403Forbidden,
        RegisterFailure.NotFound => StatusCodes.Status404NotFound,
        RegisterFailure.Conflict => StatusCodes.Status409Conflict,
        RegisterFailure.Stale => StatusCodes.Status412PreconditionFailed,
    };

    private static ProblemDetails Problem(int status, string code, string detail, string? field, RegisterException? register, string? rule = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = TypeBase + code,
            Title = TitleOf(status),
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["field"] = field;
        var errors = register?.Errors.Select(e => new ProblemError(e.Field, e.Rule, e.Message)).ToList()
            ?? (field is not null && rule is not null ? [new ProblemError(field, rule, detail)] : []);
        problem.Extensions["errors"] = errors;
        if (register is { Reasons.IsEmpty: false })
        {
            problem.Extensions["reasons"] = register.Reasons
                .Select(r => new ProblemReason(r.RuleId, r.Citation.ToString(), r.Text))
                .ToList();
        }
        return problem;
    }

    private static string TitleOf(int status) => status switch
    {
        400 => "The request is not valid",
        401 => "Sign in required",
        403 => "Not allowed for your role or organisation",
        404 => "Not found",
        409 => "Not possible in the register's current state",
        412 => "Changed since you read it",
        _ => "Request failed",
    };
}

/// <summary>One field that broke one rule.</summary>
public sealed record ProblemError(string Field, string Rule, string Message);

/// <summary>One reason the allocation scheme gave, with its citation (e.g. <c>001 §59.1</c>).</summary>
public sealed record ProblemReason(string RuleId, string Citation, string Text);
