package io.jixiao.rules.importing;

import java.util.ArrayList;
import java.util.List;

/** What follows the indicator block: a 自评表's 总分 (the weights' sum and the score) and page text left out. */
record Tail(String totalWeight, String totalScore, int skipped) {

    static Tail read(List<String> cells) {
        String weight = null;
        String score = null;
        int used = 0;
        for (int at = 0; at < cells.size() && weight == null && score == null; at++) {
            String k = FormWords.key(cells.get(at));
            if (k.startsWith("总分") || k.startsWith("合计")) {
                List<String> numbers = new ArrayList<>();
                String glued = k.replaceFirst("^(总分|合计)", "");
                if (ContentReader.isPlainNumber(glued)) {
                    numbers.add(glued); // "合计100"
                }
                int i = at + 1;
                while (i < cells.size() && ContentReader.isPlainNumber(cells.get(i))) {
                    numbers.add(cells.get(i).strip());
                    i++;
                }
                used = i - at;
                weight = numbers.size() >= 2 ? numbers.get(0) : null;
                score = numbers.size() >= 2 ? numbers.get(1) : numbers.isEmpty() ? null : numbers.get(0);
            }
        }
        return new Tail(weight, score, cells.size() - used);
    }
}
