"""sorted(reverse=True) keeps equal items in their original order; max() of ties is the first."""
import threading

scores: dict[str, int] = {"ann": 5, "bob": 7, "cy": 5, "dee": 7}
ranked: list[str] = []
best = ""


def rank() -> None:
    global best
    ordered = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    for name, score in ordered:
        ranked.append(name)
    best = max(scores, key=scores.get)


t = threading.Thread(target=rank)
t.start()
t.join()
print(ranked, best)
