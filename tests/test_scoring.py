"""The project's own evaluation gives the reference scorer's figures."""
from __future__ import annotations

import json
import random
import subprocess
import sys

from outputs.scoring import campaign_key, name_key, score, unit_key


def test_keys_follow_the_guidelines():
    assert unit_key("VKSND tỉnh Nam Định") == unit_key("Viện kiểm sát nhân dân tỉnh Nam Định")
    assert unit_key("UBND Tp. Huế") == unit_key("Ủy ban nhân dân thành phố Huế")
    assert name_key("Đồng chí Nguyễn Văn Hoà") == name_key("Nguyễn Văn Hòa")
    assert name_key("Nguyễn Văn Dũng") != name_key("Nguyễn Văn Dùng")
    assert campaign_key("phong trào thi đua “Dân vận khéo”") == campaign_key("Dân vận khéo")


def test_hand_computed_small_case():
    gold = {"d": {"units": ["Sở Tư pháp tỉnh Nam Định", "UBND tỉnh Nam Định"],
                  "officials": [{"name": "Trần Thị Hạnh", "position": "Phó Giám đốc", "unit": ""}],
                  "campaigns": ["Dân vận khéo"],
                  "awards": [{"recipient": "Trần Thị Hạnh", "recipient_type": "person",
                              "award": "Bằng khen của Thủ tướng Chính phủ", "year": 2023, "status": "conferred"}]}}
    pred = {"d": {"units": ["Ủy ban nhân dân tỉnh Nam Định", "Hội nghị"],
                  "officials": [{"name": "bà Trần Thị Hạnh", "position": "Giám đốc", "unit": ""}],
                  "campaigns": ["phong trào “Dân vận khéo”"],
                  "awards": [{"recipient": "Trần Thị Hạnh", "recipient_type": "person",
                              "award": "Bằng khen của Thủ tướng Chính phủ", "year": 2022, "status": "proposed"}]}}
    r = score(gold, pred)
    # units: 1 tp (UBND = Ủy ban nhân dân), 1 fp (Hội nghị), 1 fn (Sở Tư pháp)
    assert (r["units"]["tp"], r["units"]["fp"], r["units"]["fn"]) == (1, 1, 1)
    assert r["officials"]["f1"] == 1.0 and r["campaigns"]["f1"] == 1.0 and r["awards"]["f1"] == 1.0
    # overall: tp 4, fp 1, fn 1 -> P = R = 0.8
    assert r["overall"]["f1"] == 0.8
    assert r["award_year_accuracy"] == 0.0 and r["award_status_accuracy"] == 0.0
    # "Giám đốc" vs "Phó Giám đốc": ratio 0.8 < 0.85 -> wrong position
    assert r["official_position_accuracy"] == 0.0


def test_same_figures_as_reference_scorer(shared_dir, tmp_path):
    gold_path = shared_dir / "corpora" / "dev" / "gold.jsonl"
    gold = {}
    for line in gold_path.read_text(encoding="utf-8").splitlines():
        obj = json.loads(line)
        gold[obj["document"]] = obj
    rng = random.Random(7)
    pred = {}
    for doc, g in gold.items():
        p = {"document": doc}
        for kind in ("units", "officials", "campaigns", "awards"):
            items = [x for x in g[kind] if rng.random() > 0.25]
            items = [dict(x) if isinstance(x, dict) else x for x in items]
            for x in items:
                if isinstance(x, dict) and "year" in x and rng.random() < 0.3:
                    x["year"] = None
                if isinstance(x, dict) and "name" in x and rng.random() < 0.3:
                    x["name"] = "ông " + x["name"]
            if kind == "units":
                items.append("Hội nghị tổng kết")
            p[kind] = items
        pred[doc] = p
    pred_path = tmp_path / "pred.jsonl"
    pred_path.write_text("".join(json.dumps(p, ensure_ascii=False) + "\n" for p in pred.values()), encoding="utf-8")
    out = subprocess.run([sys.executable, str(shared_dir / "eval" / "score.py"), "--gold", str(gold_path),
                          "--pred", str(pred_path), "--json", str(tmp_path / "ref.json")],
                         capture_output=True, text=True, check=True)
    ref = json.loads((tmp_path / "ref.json").read_text(encoding="utf-8"))
    ours = score(gold, pred)
    for key in ("units", "officials", "campaigns", "awards", "overall"):
        assert ours[key] == ref[key], key
    for key in ("official_position_accuracy", "award_year_accuracy", "award_status_accuracy"):
        assert ours[key] == ref[key], key
    assert out.stdout.strip().endswith(f"overall F1 {ours['overall']['f1']:.4f}")
