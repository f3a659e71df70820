# Chess clock: two players alternate moves using a Condition and a turn variable. Bug: none.
import threading

cond = threading.Condition()
turn = "white"
moves = []
MOVES_EACH = 4


def player(color, other, openings):
    global turn
    for i in range(MOVES_EACH):
        with cond:
            while turn != color:
                cond.wait()
            moves.append(f"{color[0]}{openings[i]}")
            turn = other
            cond.notify_all()


white = threading.Thread(target=player, args=("white", "black", [1, 3, 5, 7]))
black = threading.Thread(target=player, args=("black", "white", [2, 4, 6, 8]))
black.start()
white.start()
white.join()
black.join()

last = moves[-1]
alternates = all(moves[i][0] != moves[i + 1][0] for i in range(len(moves) - 1))
print(f"moves={moves} last={last} alternates={alternates} turn={turn}")
