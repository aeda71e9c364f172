package io.jixiao.rules.importing;

import java.util.List;

/** 拟公开绩效目标项目统计表: the projects whose targets a department publishes, amounts in {@code amountUnit}. */
public record DisclosureList(String department, String amountUnit, List<Row> rows) {

    /** 序号, 单位名称, 项目名称, 预算金额, 负责人姓名, 联系电话, all as printed. */
    public record Row(String number, String unitName, String projectName, String amount, String leader, String phone) {}
}
