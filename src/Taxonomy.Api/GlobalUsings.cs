// The namespaces nearly every file of the API reads: the domain, the database, MVC and the API's
// own building blocks, so that files list only what is particular to them.
global using Microsoft.AspNetCore.Mvc;
global using Microsoft.EntityFrameworkCore;
global using Taxonomy.Api.Disarm;
global using Taxonomy.Api.Errors;
global using Taxonomy.Api.Paging;
global using Taxonomy.Domain;
global using Taxonomy.Infrastructure.Catalog;
global using Taxonomy.Infrastructure.Persistence;
