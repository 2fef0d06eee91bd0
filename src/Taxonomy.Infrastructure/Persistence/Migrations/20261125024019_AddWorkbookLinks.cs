using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Taxonomy.Infrastructure.Persistence.Migrations
{
    /// <inheritdoc />
    public partial class AddWorkbookLinks : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "workbook_links",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    WorkbookRowId = table.Column<int>(type: "INTEGER", nullable: false),
                    Sheet = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    Token = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_workbook_links", x => x.Id);
                    table.ForeignKey(
                        name: "FK_workbook_links_workbook_rows_WorkbookRowId",
                        column: x => x.WorkbookRowId,
                        principalTable: "workbook_rows",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_links_Sheet_Token",
                table: "workbook_links",
                columns: new[] { "Sheet", "Token" });

            migrationBuilder.CreateIndex(
                name: "IX_workbook_links_WorkbookRowId",
                table: "workbook_links",
                column: "WorkbookRowId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "workbook_links");
        }
    }
}
