import AWSServices
import Dashboard

/// A solution configuration as nested key–value groups, keys sorted at every level.
extension Inspector {
    func configFields(_ config: SolutionConfig) -> [Field] {
        Self.sortedByKey([
            mapGroup("algorithmHyperParameters", config.algorithmHyperParameters),
            config.autoMLConfig.flatMap { automl in
                Field.group("autoMLConfig", Self.sortedByKey([
                    field("metricName", automl.metricName),
                    field("recipeList", automl.recipeList?.joined(separator: ", ")),
                ]))
            },
            config.autoTrainingConfig.flatMap {
                Field.group("autoTrainingConfig", Self.sortedByKey([field("schedulingExpression", $0.schedulingExpression)]))
            },
            field("eventValueThreshold", config.eventValueThreshold),
            config.eventsConfig.flatMap(eventsGroup),
            mapGroup("featureTransformationParameters", config.featureTransformationParameters),
            config.hpoConfig.flatMap(hpoGroup),
            config.optimizationObjective.flatMap { objective in
                Field.group("optimizationObjective", Self.sortedByKey([
                    field("itemAttribute", objective.itemAttribute),
                    field("objectiveSensitivity", objective.objectiveSensitivity),
                ]))
            },
            config.trainingDataConfig.flatMap { data in
                Field.group("trainingDataConfig", Self.sortedByKey([
                    columnsGroup("excludedDatasetColumns", data.excludedDatasetColumns),
                    columnsGroup("includedDatasetColumns", data.includedDatasetColumns),
                ]))
            },
        ])
    }

    private func eventsGroup(_ events: EventsConfig) -> Field? {
        let list = (events.eventParametersList ?? []).enumerated().compactMap { index, event in
            Field.group(event.eventType ?? "event \(index + 1)", Self.sortedByKey([
                field("eventValueThreshold", event.eventValueThreshold.map(Self.number)),
                field("weight", event.weight.map(Self.number)),
            ]))
        }
        return Field.group("eventsConfig", [Field.group("eventParametersList", list)].compactMap { $0 })
    }

    private func hpoGroup(_ hpo: HPOConfig) -> Field? {
        Field.group("hpoConfig", Self.sortedByKey([
            hpo.algorithmHyperParameterRanges.flatMap(rangesGroup),
            hpo.hpoObjective.flatMap { objective in
                Field.group("hpoObjective", Self.sortedByKey([
                    field("metricName", objective.metricName),
                    field("metricRegex", objective.metricRegex),
                    field("type", objective.type),
                ]))
            },
            hpo.hpoResourceConfig.flatMap { resources in
                Field.group("hpoResourceConfig", Self.sortedByKey([
                    field("maxNumberOfTrainingJobs", resources.maxNumberOfTrainingJobs),
                    field("maxParallelTrainingJobs", resources.maxParallelTrainingJobs),
                ]))
            },
        ]))
    }

    /// Each searched hyperparameter with its range: "integer 32…256", "continuous 0.1…0.9", "one of a, b".
    private func rangesGroup(_ ranges: HyperParameterRanges) -> Field? {
        func bound(_ value: String?) -> String { value ?? "?" }
        var fields: [Field?] = []
        for range in ranges.integerHyperParameterRanges ?? [] {
            fields.append(field(range.name ?? "?", "integer \(bound(range.minValue.map(String.init)))…\(bound(range.maxValue.map(String.init)))"))
        }
        for range in ranges.continuousHyperParameterRanges ?? [] {
            fields.append(field(range.name ?? "?", "continuous \(bound(range.minValue.map(Self.number)))…\(bound(range.maxValue.map(Self.number)))"))
        }
        for range in ranges.categoricalHyperParameterRanges ?? [] {
            fields.append(field(range.name ?? "?", "one of " + (range.values ?? []).joined(separator: ", ")))
        }
        return Field.group("algorithmHyperParameterRanges", Self.sortedByKey(fields))
    }

    private func columnsGroup(_ key: String, _ columns: [String: [String]]?) -> Field? {
        guard let columns else { return nil }
        return Field.group(key, columns.keys.sorted().map { Field($0, (columns[$0] ?? []).joined(separator: ", "), style: theme.text) })
    }
}
