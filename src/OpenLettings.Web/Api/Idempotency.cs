using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;
using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using OpenLettings.Infrastructure.Persistence;
using OpenLettings.Infrastructure.Persistence.Entities;

namespace OpenLettings.Web.Api;

/// <summary>
/// <c>Idempotency-Key</c> on every POST under <c>/api/v1</c>: a retried request (same caller, same route, same key,
/// same body) gets the first response again — same status and body, with <c>Idempotency-Replayed: true</c> — and
/// the handler does not run twice, so a retried bid is not placed twice.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>The key is scoped to the caller's user id and the route (method and path), so two callers' keys never collide.</item>
/// <item>The first request claims the key by inserting a row with no response (unique on scope and key); a
/// concurrent request with the same key meanwhile gets 409 <c>idempotency-key-in-progress</c>. A claim left by a
/// request that died is taken over after <see cref="AbandonedAfter"/>.</item>
/// <item>The same key with another body (its SHA-256 differs) is refused with 422 <c>idempotency-key-reused</c>.</item>
/// <item>Every response below 500 is kept (successes and refusals alike: a retry of a refused bid is refused the same
/// way); a 500 or a crash releases the key so the request can be retried. Keys expire after <see cref="Lifetime"/>.</item>
/// <item>The stored body is an envelope: <c>{"contentType", "location", "body"}</c>, so a replayed 201 keeps its Location.</item>
/// </list>
/// </remarks>
public static class Idempotency
{
    public const string Header = "Idempotency-Key";

    public const string ReplayedHeader = "Idempotency-Replayed";

    /// <summary>How long a key is remembered.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>How long a claimed key with no response blocks retries before it counts as abandoned.</summary>
    public static readonly TimeSpan AbandonedAfter = TimeSpan.FromMinutes(5);

    /// <summary>Adds the optional <c>Idempotency-Key</c> header to every POST of the API in the OpenAPI document.</summary>
    public static Task DescribeHeader(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var description = context.Description;
        if (string.Equals(description.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)
            && description.RelativePath?.StartsWith("api/v1/", StringComparison.Ordinal) == true
            && !description.RelativePath.StartsWith("api/v1/auth/", StringComparison.Ordinal))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = Header,
                In = ParameterLocation.Header,
                Required = false,
                Description = "Any unique string (e.g. a UUID). A retry with the same key and body returns the first response " +
                    "(with Idempotency-Replayed: true) instead of acting twice; the same key with another body is 422 idempotency-key-reused.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = 200 },
            });
        }
        return Task.CompletedTask;
    }

    /// <summary>Applies the idempotency filter to every POST in the group.</summary>
    public static RouteGroupBuilder WithIdempotencyKeys(this RouteGroupBuilder group)
    {
        // Binding reads the body before endpoint filters run: buffer keyed POSTs so the filter can hash what was sent.
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var inner = endpoint.RequestDelegate;
            if (inner is null)
            {
                return;
            }
            endpoint.RequestDelegate = http =>
            {
                if (HttpMethods.IsPost(http.Request.Method) && http.Request.Headers.ContainsKey(Header))
                {
                    http.Request.EnableBuffering();
                }
                return inner(http);
            };
        });
        group.AddEndpointFilter<IdempotencyFilter>();
        return group;
    }
}

/// <summary>The endpoint filter behind <see cref="Idempotency"/>.</summary>
internal sealed class IdempotencyFilter(IServiceScopeFactory scopes, TimeProvider time, ILogger<IdempotencyFilter> logger) : IEndpointFilter
{
    private const int MaxKeyLength = 200;
    private const int MaxScopeLength = 100;

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var http = context.HttpContext;
        if (!HttpMethods.IsPost(http.Request.Method) || !http.Request.Headers.TryGetValue(Idempotency.Header, out var values))
        {
            return await next(context);
        }
        var key = values.ToString().Trim();
        if (values.Count != 1 || key.Length is 0 or > MaxKeyLength)
        {
            return Problem(StatusCodes.Status400BadRequest, "idempotency-key-invalid",
                $"Send one {Idempotency.Header} of 1 to {MaxKeyLength} characters (a UUID is best).");
        }
        var userId = http.User.FindFirstValue(ClaimTypes.NameIdentifier);
        if (userId is null)
        {
            return await next(context);
        }
        var scope = Scope(userId, http.Request.Method, http.Request.Path);
        var hash = await BodyHashAsync(http.Request);

        await using var services = scopes.CreateAsyncScope();
        var db = services.ServiceProvider.GetRequiredService<RegisterDbContext>();
        var (claimed, answer) = await ClaimAsync(db, scope, key, hash, http.RequestAborted);
        if (claimed is null)
        {
            return answer;
        }

        var original = http.Response.Body;
        using var buffer = new MemoryStream();
        http.Response.Body = buffer;
        try
        {
            try
            {
                var result = await next(context);
                await ExecuteAsync(result, http);
            }
            catch (Exception ex) when (ApiProblems.ToProblem(ex) is { Status: < 500 } problem)
            {
                http.Response.StatusCode = problem.Status!.Value;
                await TypedResults.Problem(problem).ExecuteAsync(http);
            }
        }
        catch
        {
            http.Response.Body = original;
            await ReleaseAsync(db, claimed.Value);
            throw;
        }
        http.Response.Body = original;
        var status = http.Response.StatusCode;
        var body = buffer.ToArray();
        if (status >= 500)
        {
            await ReleaseAsync(db, claimed.Value);
        }
        else
        {
            var envelope = JsonSerializer.Serialize(new StoredResponse(http.Response.ContentType, http.Response.Headers.Location.ToString() is { Length: > 0 } l ? l : null,
                Encoding.UTF8.GetString(body)));
            await db.IdempotencyKeys.Where(r => r.Id == claimed.Value)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ResponseStatus, status).SetProperty(r => r.ResponseBody, envelope), CancellationToken.None);
        }
        await original.WriteAsync(body, http.RequestAborted);
        return Results.Empty;
    }

    /// <summary>Claims the key (returns its row id), or answers from an earlier request with the same key.</summary>
    private async Task<(Guid? Claimed, IResult? Answer)> ClaimAsync(RegisterDbContext db, string scope, string key, string hash, CancellationToken ct)
    {
        for (var attempt = 1; attempt <= 20; attempt++)
        {
            var now = time.GetUtcNow();
            var existing = await db.IdempotencyKeys.AsNoTracking().SingleOrDefaultAsync(r => r.Scope == scope && r.Key == key, ct);
            if (existing is not null)
            {
                var abandoned = existing.ResponseStatus is null && existing.CreatedAt + Idempotency.AbandonedAfter <= now;
                if (existing.ExpiresAt <= now || abandoned)
                {
                    await db.IdempotencyKeys.Where(r => r.Id == existing.Id).ExecuteDeleteAsync(ct);
                    continue;
                }
                if (existing.RequestHash != hash)
                {
                    return (null, Problem(StatusCodes.Status422UnprocessableEntity, "idempotency-key-reused",
                        $"This {Idempotency.Header} was already used with a different request body. Use a new key for a new request."));
                }
                if (existing.ResponseStatus is not { } status)
                {
                    return (null, Problem(StatusCodes.Status409Conflict, "idempotency-key-in-progress",
                        $"A request with this {Idempotency.Header} is still being handled. Retry shortly to get its response."));
                }
                return (null, new ReplayResult(status, existing.ResponseBody));
            }

            if (attempt == 1 && Random.Shared.Next(100) == 0)
            {
                // Now and then, forget expired keys (indexed on ExpiresAt).
                await db.IdempotencyKeys.Where(r => r.ExpiresAt <= now).ExecuteDeleteAsync(ct);
            }
            var record = new IdempotencyRecord
            {
                Scope = scope,
                Key = key,
                RequestHash = hash,
                CreatedAt = now,
                ExpiresAt = now + Idempotency.Lifetime,
            };
            db.IdempotencyKeys.Add(record);
            try
            {
                await db.SaveChangesAsync(ct);
                return (record.Id, null);
            }
            catch (Exception ex) when (DatabaseConflicts.IsUniqueViolation(ex) || DatabaseConflicts.IsTransient(ex))
            {
                // Another request claimed it first (or the database was busy): read it again.
                db.ChangeTracker.Clear();
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * attempt)), time, ct);
            }
        }
        return (null, Problem(StatusCodes.Status409Conflict, "idempotency-key-in-progress",
            $"A request with this {Idempotency.Header} is still being handled. Retry shortly to get its response."));
    }

    private async Task ReleaseAsync(RegisterDbContext db, Guid id)
    {
        try
        {
            await db.IdempotencyKeys.Where(r => r.Id == id).ExecuteDeleteAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is DbUpdateException or InvalidOperationException || DatabaseConflicts.IsTransient(ex))
        {
            // The claim then lapses after AbandonedAfter.
            logger.LogWarning(ex, "Could not release idempotency key {Id}", id);
        }
    }

    private static async Task ExecuteAsync(object? result, HttpContext http)
    {
        switch (result)
        {
            case null:
                return;
            case IResult typed:
                await typed.ExecuteAsync(http);
                return;
            default:
                await TypedResults.Ok(result).ExecuteAsync(http);
                return;
        }
    }

    /// <summary>The caller and the route; hashed when too long for the column.</summary>
    private static string Scope(string userId, string method, PathString path)
    {
        var route = $"{method.ToUpperInvariant()} {path.Value}";
        var scope = $"{userId} {route}";
        return scope.Length <= MaxScopeLength ? scope : $"{userId} #{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(route)))[..40]}";
    }

    private static async Task<string> BodyHashAsync(HttpRequest request)
    {
        if (request.Body.CanSeek)
        {
            request.Body.Position = 0;
        }
        using var sha = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            sha.AppendData(chunk, 0, read);
        }
        return Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static IResult Problem(int status, string code, string detail)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Type = ApiProblems.TypeBase + code,
            Title = status == StatusCodes.Status409Conflict ? "Not possible in the register's current state" : "The request cannot be processed",
            Detail = detail,
        };
        problem.Extensions["code"] = code;
        problem.Extensions["field"] = Idempotency.Header;
        problem.Extensions["errors"] = Array.Empty<ProblemError>();
        return TypedResults.Problem(problem);
    }

    private sealed record StoredResponse(string? ContentType, string? Location, string Body);

    /// <summary>The first response again, marked as a replay.</summary>
    private sealed class ReplayResult(int status, string? stored) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var saved = stored is null ? null : JsonSerializer.Deserialize<StoredResponse>(stored);
            response.StatusCode = status;
            response.Headers[Idempotency.ReplayedHeader] = "true";
            if (saved?.Location is { } location)
            {
                response.Headers.Location = location;
            }
            if (saved is { Body.Length: > 0 })
            {
                response.ContentType = saved.ContentType ?? "application/json";
                await response.WriteAsync(saved.Body, httpContext.RequestAborted);
            }
        }
    }
}
