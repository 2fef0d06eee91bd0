using FluentValidation;
using Taxonomy.Infrastructure.Releases;

namespace Taxonomy.Api.Importing;

internal sealed class ImportRequestValidator : AbstractValidator<ImportRequest>
{
    public ImportRequestValidator()
    {
        RuleFor(x => x.Frameworks).NotNull().WithMessage("Attach DISARM_FRAMEWORKS_MASTER.xlsx as the form field 'frameworks'.");
        RuleFor(x => x.Frameworks!.Length).GreaterThan(0).When(x => x.Frameworks is not null).OverridePropertyName("frameworks").WithMessage("The frameworks workbook is empty.");
        RuleFor(x => x.Data).NotNull().WithMessage("Attach DISARM_DATA_MASTER.xlsx as the form field 'data'.");
        RuleFor(x => x.Release).Must(ReleaseLabels.IsValid).When(x => x.Release is not null).WithMessage($"Name the release with {ReleaseLabels.Rule}.");
        RuleFor(x => x.Data!.Length).GreaterThan(0).When(x => x.Data is not null).OverridePropertyName("data").WithMessage("The data workbook is empty.");
    }
}
