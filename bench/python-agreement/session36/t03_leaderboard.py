# BUG: lost update: game threads do scores[player] = scores[player] + points without the board's lock
import threading
import time

scores = {"alice": 0, "bob": 0, "carol": 0}
board_lock = threading.Lock()
games_played = 0
events = {
    "g1": [("alice", 10), ("bob", 5)],
    "g2": [("alice", 7), ("carol", 3)],
    "g3": [("bob", 4), ("alice", 1)],
}


def record(player, points):
    current = scores[player]
    time.sleep(0)  # the score service is slow; another game may post meanwhile
    scores[player] = current + points


def play(game_id):
    global games_played
    for player, points in events[game_id]:
        record(player, points)
    with board_lock:
        games_played += 1


threads = [threading.Thread(target=play, args=(g,), name=g) for g in events]
for t in threads:
    t.start()
for t in threads:
    t.join()

expected = {}
for plays in events.values():
    for player, points in plays:
        expected[player] = expected.get(player, 0) + points
ranking = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
alice = scores["alice"]
lost = sum(expected.values()) - sum(scores.values())
print(f"ranking={ranking} games={games_played} alice={alice} lost_points={lost}")
