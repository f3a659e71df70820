# Validation by a bare int(text) statement inside try: the ValueError counts a rejected row.
import threading

rejected = 0
accepted = 0


def validate(rows):
    global rejected, accepted
    for row in rows:
        try:
            int(row)
        except ValueError:
            rejected += 1
        else:
            accepted += 1


t = threading.Thread(target=validate, args=(["1", "x", "3"],))
t.start()
t.join()
print(accepted, rejected)
