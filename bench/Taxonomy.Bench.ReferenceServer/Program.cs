using System.Text;

// bench/run.sh measures this app as the ceiling for the API's JSON endpoints, so it has nothing
// the API's answers pay for: no logging, middleware, database, serialization or MVC.

// Shaped like a technique and about as large as GET /api/v1/techniques/T0166.003 in DISARM v1.7
// (1,686 bytes), so the comparison is not skewed by the size of the answer.
var body = Encoding.UTF8.GetBytes(
    "{\"id\":\"T0000.000\",\"name\":\"Reference body\",\"tacticId\":\"TA00\",\"parentId\":\"T0000\",\"isSubtechnique\":true,\"summary\":\""
    + string.Concat(Enumerable.Repeat("A fixed sentence of the size of a technique summary's. ", 28)).TrimEnd()
    + "\",\"inLatestImport\":true}");

var builder = WebApplication.CreateSlimBuilder(args);
builder.Logging.ClearProviders();
var app = builder.Build();
app.MapGet("/", () => Results.Bytes(body, "application/json; charset=utf-8"));

await app.StartAsync();
// Logging is off, so this is how a caller that asked for port 0 learns the port.
await Console.Out.WriteLineAsync($"Listening on {string.Join(' ', app.Urls)}");
await app.WaitForShutdownAsync();
