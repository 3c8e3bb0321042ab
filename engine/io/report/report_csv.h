/* The evaluation sheet as CSV for Excel (`ttx report --format csv`): UTF-8 with a BOM, CRLF,
 * RFC 4180 quoting (csv_write.h). The file is a stack of labelled blocks, each a title row
 * (【…】 in the first cell), a row of column names and its data rows, with an empty row between
 * blocks, so that a block can be copied out as a table or filtered in place:
 *
 *   【概要】            項目, 内容                     (社名, シナリオ, … one row each)
 *   【ステップ別の評価】 key, ステップ, 点数, 評価
 *   【レビュー項目】     No., key, レビュー項目, 点数, 評価, 算出された評価, 変更理由, 根拠, 詳細
 *                        (one row per review item; the evidence lines in one cell, one per line)
 *   【課題点および改善点】 No., kind, 種類, 状況付与, 手順項目, 準備物, 内容, 解説
 *   【次回演習に向けたアクションアイテム】 No., アクション, 担当, 担当者名, 期限, 状況, 発生源,
 *                        手順項目, 状況付与, 準備物
 *   【意思決定】         状況付与, 題名, 判断者, 経営層, 問い, 選択, 判定, 点数, 解説
 *   【手順項目ごとの実施状況】 手順項目, 名称, ステップ, フェーズ, 状況, 記録あり, 実施者,
 *                        実施時刻, 期限, 期限超過, 担当者違い, 手順書参照の混乱, 不足, メモ, 点数,
 *                        初出の状況付与
 *   【演習中のメモ】     演習上の時刻, 状況付与, メモ
 *   【インシデント対応時に整理しておくべき事項】 key, 項目, 内容
 *
 * Scores are whole numbers, an absent score or rating an empty cell; ratings are A–D; times of
 * the exercise are "T+H:MM" (so Excel does not take them for clock times); yes/no cells are 1 or
 * empty. Byte-stable; it only renders a computed Sheet. */
#ifndef TTX_REPORT_CSV_H
#define TTX_REPORT_CSV_H

#include "sheet.h"

/* The CSV sheet (malloc'd, the caller frees). */
char *report_csv(const Sheet *sh);

#endif
