/* The printable sheet (report_text) on hand-built sheets: every line of every sheet keeps the
 * printing promises (80 columns, no control characters, 行頭禁則), the output is byte-stable and
 * equal to its golden, absent values read as such, and an override shows the rating, the
 * suggestion and the reason. */
#include <stdlib.h>
#include <string.h>

#include "check.h"
#include "report_fixture.h"
#include "report_golden.h"
#include "report_lines.h"
#include "report_text.h"

/* The text with every line break and the indentation after it removed, so that a phrase can be
 * found wherever the wrapper broke it (for Japanese phrases, which have no spaces to lose). */
static char *unwrapped(const char *text)
{
    char *s = malloc(strlen(text) + 1);
    size_t o = 0;
    for (const char *p = text; *p; p++) {
        if (*p == '\n') {
            while (p[1] == ' ') {
                p++;
            }
            continue;
        }
        s[o++] = *p;
    }
    s[o] = '\0';
    return s;
}

static size_t count(const char *text, const char *what)
{
    size_t n = 0;
    for (const char *p = strstr(text, what); p; p = strstr(p + 1, what)) {
        n++;
    }
    return n;
}

/* The sections come in the order of the guide's form. */
static void check_order(const char *text)
{
    static const char *const marks[] = {
        "インシデント対応机上演習実施後レビュー項目\n",
        "\n社名",
        "【ステップ別の評価】",
        "【レビュー項目の評価】",
        "【レビュー項目】",
        "\n1. 演習の目的達成度\n",
        "\n2. 対応手順の理解度\n",
        "\n3. 連携・コミュニケーション\n",
        "\n4. リーダーシップの発揮\n",
        "\n5. 情報共有と記録の適切さ\n",
        "\n6. 課題点および改善点\n",
        "\n7. 次回演習に向けたアクションアイテム\n",
        "\n8. 総合評価\n",
        "【意思決定】",
        "【手順項目ごとの実施状況】",
        "【演習中のメモ】",
        "【インシデント対応時に整理しておくべき事項】",
    };
    const char *at = text;
    for (size_t i = 0; i < sizeof marks / sizeof marks[0]; i++) {
        const char *p = strstr(at, marks[i]);
        CHECK(p != NULL);
        at = p ? p : at;
    }
    CHECK(strncmp(text, marks[0], strlen(marks[0])) == 0);
}

static void test_empty(const char *text)
{
    CHECK(strstr(text, "社名                （記載なし）\n") != NULL);
    CHECK(strstr(text, "実施日              （記載なし）\n") != NULL);
    CHECK(strstr(text, "所要時間            （記録なし）\n") != NULL);
    CHECK(strstr(text, "演習上の時間        T+0:00〜T+0:00（状況付与 0件）\n") != NULL);
    CHECK(strstr(text, "  検知・初動対応    --  －\n") != NULL);
    CHECK(count(text, "   点数: なし\n") == REVIEW_COUNT);
    CHECK(count(text, "   評価: なし\n") == REVIEW_COUNT);
    CHECK(count(text, "（未記入）") == RECFIELD_COUNT);
    CHECK(strstr(text, "   ・指摘事項なし\n") != NULL);
    CHECK(strstr(text, "   ・アクションアイテムなし\n") != NULL);
    CHECK(strstr(text, "・意思決定の場面は提示されなかった\n") != NULL);
    CHECK(strstr(text, "・メモなし\n") != NULL);
}

static void test_full(const char *text)
{
    char *flat = unwrapped(text);
    CHECK(strstr(text, "所要時間            1:15（2026-12-01 09:00〜10:20、中断を除く）\n") !=
          NULL);
    CHECK(strstr(text, "  検知・初動対応    88  B 一部課題あり\n") != NULL);
    CHECK(strstr(text, "  復旧・再発防止    --  －\n") != NULL);
    CHECK(strstr(text, "  対応手順の理解度                      72  C 重大な課題あり（変更）\n") !=
          NULL);
    CHECK(strstr(text, "  課題点および改善点                    --  B 一部課題あり（変更）\n") !=
          NULL);
    /* the shown rating, the suggested one and the reason */
    CHECK(strstr(flat,
                 "評価: C 重大な課題あり（算出 B 一部課題あり、変更理由: 報告ラインで混乱した）") !=
          NULL);
    CHECK(strstr(flat, "評価: B 一部課題あり（算出 なし、変更理由: 記載なし）") != NULL);
    CHECK(strstr(text, "   点数: 90点\n   評価: A 問題なく実施\n") != NULL); /* 89.5 half up */
    CHECK(strstr(text, "   点数: 0点\n   評価: D 実施できず\n") != NULL);
    CHECK(strstr(flat, "・【不適切な判断】社長の判断「脅迫文に従い身代金を支払いますか？」") !=
          NULL);
    CHECK(strstr(flat,
                 "期限: 2026-12-31　状況: 未着手　担当: 経営管理部長（情報セキュリティ責任者）") !=
          NULL);
    CHECK(strstr(flat, "選択: 支払う（不適切、0点）解説: 営業部のPC5台") != NULL);
    CHECK(strstr(text, "  選択: 判断なし（0点）\n") != NULL);
    CHECK(strstr(text, "    実施  T+0:45（期限 T+0:30）  65点  初出: det-1\n") != NULL);
    CHECK(strstr(text, "    未実施（記録なし）  0点  初出: rec-1\n") != NULL);
    CHECK(strstr(text, "    実施: IT管理担当者、unknown-role\n") != NULL);
    CHECK(strstr(text, "    指摘: 担当者違い・手順書参照の混乱\n") != NULL);
    CHECK(strstr(text, "・T+0:00 開始前: 開始前の確認: 参加者がそろった\n") != NULL);
    /* a hand-wrapped comment is joined; the record's timeline keeps its lines */
    CHECK(strstr(text, "     記録係を明確にする。\n     Next time: a scribe.\n") != NULL);
    CHECK(strstr(text, "対応経過                    0:00 B氏から内線\n"
                       "                            0:25 感染PCの隔離\n") != NULL);
    free(flat);
}

static void test_hostile(const char *text)
{
    char *flat = unwrapped(text);
    CHECK(strstr(flat, "制御[31m文字と タブ改行") != NULL);
    CHECK(strstr(flat, "不正\xef\xbf\xbd\xef\xbf\xbdバイト") != NULL);
    CHECK(strstr(flat, "と逆順、") != NULL);
    CHECK(strstr(flat, "0123456789。。。。。、、、、」」」」）））ーーーー🔥") != NULL);
    free(flat);
}

int main(void)
{
    for (int i = 0; i < FIXTURE_COUNT; i++) {
        Fixture f;
        fixture_init(&f, i);
        char *text = report_text(&f.sh);
        char *again = report_text(&f.sh);
        CHECK_STR(text, again);
        lines_check(text, f.name);
        check_order(text);
        char golden[64];
        snprintf(golden, sizeof golden, "sheet-%s.txt", f.name);
        golden_check(golden, text);
        if (i == 0) {
            test_empty(text);
        } else if (i == 1) {
            test_full(text);
        } else {
            test_hostile(text);
        }
        free(text);
        free(again);
        fixture_free(&f);
    }
    return check_done();
}
