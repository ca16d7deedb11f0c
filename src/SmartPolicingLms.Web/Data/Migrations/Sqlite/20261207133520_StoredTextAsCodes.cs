using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class StoredTextAsCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "ActionAsWritten",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectArguments",
                table: "AuditEntries",
                type: "TEXT",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectAsWritten",
                table: "AuditEntries",
                type: "TEXT",
                maxLength: 200,
                nullable: true);

            // Every entry written so far holds English: keep it as written and mark the codes unknown; the start-up step
            // StoredTextAsCodes (Audit/) then reads that English into codes and parameters, and MissingTextAsCodes
            // (Features/Completion/) does the same for the completion records' missing lines.
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"SubjectAsWritten\" = \"Subject\", \"ActionAsWritten\" = \"Action\", \"Subject\" = 'AsWritten', \"Action\" = 'AsWritten';");

            migrationBuilder.CreateIndex(
                name: "IX_AuditEntries_Subject_At",
                table: "AuditEntries",
                columns: new[] { "Subject", "At" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_AuditEntries_Subject_At",
                table: "AuditEntries");

            // Codes go back to the text they stood for only where it was kept; other entries keep their codes as text.
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"Subject\" = COALESCE(\"SubjectAsWritten\", \"Subject\"), \"Action\" = COALESCE(\"ActionAsWritten\", \"Action\");");

            migrationBuilder.DropColumn(
                name: "ActionAsWritten",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SubjectArguments",
                table: "AuditEntries");

            migrationBuilder.DropColumn(
                name: "SubjectAsWritten",
                table: "AuditEntries");
        }
    }
}
