using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class IndexVersionsForTaxiiPages : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateIndex(
                name: "IX_versions_Modified",
                table: "versions",
                column: "Modified");

            migrationBuilder.CreateIndex(
                name: "IX_versions_Type_Id",
                table: "versions",
                columns: new[] { "Type", "Id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_versions_Modified",
                table: "versions");

            migrationBuilder.DropIndex(
                name: "IX_versions_Type_Id",
                table: "versions");
        }
    }
}
