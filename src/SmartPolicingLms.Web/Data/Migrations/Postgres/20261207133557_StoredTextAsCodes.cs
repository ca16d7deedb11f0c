using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace SmartPolicingLms.Web.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class StoredTextAsCodes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterColumn<string>(
                name: "Missing",
                table: "CompletionRecords",
                type: "text",
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(4000)",
                oldMaxLength: 4000);

            migrationBuilder.AddColumn<string>(
                name: "ActionAsWritten",
                table: "AuditEntries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectArguments",
                table: "AuditEntries",
                type: "text",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "SubjectAsWritten",
                table: "AuditEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            // Every entry written so far holds English: keep it as written and mark the codes unknown; the start-up step
            // StoredTextAsCodes (Audit/) then reads that English into codes and parameters, and MissingTextAsCodes
            // (Features/Completion/) does the same for the completion records' missing lines.
            migrationBuilder.Sql("UPDATE \"AuditEntries\" SET \"SubjectAsWritten\" = \"Subject\", \"ActionAsWritten\" = \"Action\", \"Subject\" = 'AsWritten', \"Action\" = 'AsWritten';");

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "AuditEntries",
                type: "character varying(40)",
                maxLength: 40,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(200)",
                oldMaxLength: 200);

            migrationBuilder.AlterColumn<string>(
                name: "Action",
                table: "AuditEntries",
                type: "character varying(60)",
                maxLength: 60,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(100)",
                oldMaxLength: 100);

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

            migrationBuilder.AlterColumn<string>(
                name: "Subject",
                table: "AuditEntries",
                type: "character varying(200)",
                maxLength: 200,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(40)",
                oldMaxLength: 40);

            migrationBuilder.AlterColumn<string>(
                name: "Action",
                table: "AuditEntries",
                type: "character varying(100)",
                maxLength: 100,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "character varying(60)",
                oldMaxLength: 60);

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

            migrationBuilder.AlterColumn<string>(
                name: "Missing",
                table: "CompletionRecords",
                type: "character varying(4000)",
                maxLength: 4000,
                nullable: false,
                oldClrType: typeof(string),
                oldType: "text");
        }
    }
}
