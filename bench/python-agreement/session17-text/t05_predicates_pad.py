"""Order ids checked and padded by two workers (isdigit, isalpha, isupper, zfill, rjust, ljust, center,
title, capitalize); `label` is the last writer's."""
import threading

label = ""
numeric = 0


def tag(order_id):
    global label, numeric
    if order_id.isdigit():
        numeric += 1
        label = order_id.zfill(6) + "|" + order_id.rjust(5, "*")
    elif order_id.isalpha() and not order_id.isupper():
        label = order_id.title().center(9, "-") + order_id.capitalize().ljust(6, ".")
    else:
        label = "?"


threads = [threading.Thread(target=tag, args=(o,)) for o in ("427", "rush", "X-1")]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(label, numeric)
