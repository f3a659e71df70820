# Museum audio guides: translation jobs go to a pool; as_completed collects them, one language fails. Bug: none (the failure is handled).
from concurrent.futures import ThreadPoolExecutor, as_completed

exhibits = {"mummy": 12, "comet": 7, "harp": 9}
LANGS = ["en", "fr", "xx"]
done = {}
failed = []


def translate(lang, exhibit, seconds):
    if lang == "xx":
        raise ValueError(f"no translator for {lang}")
    return seconds * (2 if lang == "fr" else 1)


with ThreadPoolExecutor(max_workers=2) as pool:
    jobs = {}
    for lang in LANGS:
        for exhibit, secs in exhibits.items():
            jobs[pool.submit(translate, lang, exhibit, secs)] = (lang, exhibit)
    for fut in as_completed(jobs):
        lang, exhibit = jobs[fut]
        try:
            done[f"{lang}:{exhibit}"] = fut.result()
        except ValueError as exc:
            failed.append(str(exc))

fr_total = sum(v for k, v in done.items() if k.startswith("fr:"))
print(f"done={len(done)} fr_total={fr_total} failed={len(failed)} first_fail={failed[0]}")
