# Matchmaking: players join a lobby and wait on a Condition until a match of two is formed; the
# matchmaker pairs waiting players in arrival order.
import threading

lobby = []
matches = []
assigned = {}
cond = threading.Condition()
PLAYERS = ["ivy", "jon", "kai", "lea"]


def player(name):
    with cond:
        lobby.append(name)
        cond.notify_all()
        while name not in assigned:
            cond.wait()


def matchmaker():
    made = 0
    while made < len(PLAYERS) // 2:
        with cond:
            while len(lobby) < 2:
                cond.wait()
            first, second = lobby.pop(0), lobby.pop(0)
            matches.append(tuple(sorted((first, second))))
            assigned[first] = second
            assigned[second] = first
            made += 1
            cond.notify_all()


mm = threading.Thread(target=matchmaker)
mm.start()
players = [threading.Thread(target=player, args=(name,)) for name in PLAYERS]
for p in players:
    p.start()
for p in players:
    p.join()
mm.join()

print(f"matches={len(matches)} everyone_paired={sorted(assigned) == sorted(PLAYERS)} lobby={lobby}")
