import threading

scores = {"ann": 3, "bo": 5, "cy": 1}
players = ["bo", "ann", "cy"]
entries = []
lock = threading.Lock()


def score_of(name):
    """The current score of a player."""
    return scores[name]


def by_time(entry):
    return entry[1]


def play(name, points, at):
    with lock:
        scores[name] += points
        entries.append((name, at))


threads = [threading.Thread(target=play, args=("ann", 3, 20)), threading.Thread(target=play, args=("cy", 5, 10))]
for t in threads:
    t.start()
for t in threads:
    t.join()
ranked = sorted(players, key=score_of)
timeline = sorted(entries, key=by_time)
top = sorted(scores, reverse=True)
print("ranked", ranked, "first", timeline[0][0], "top", top[0])
