"""A dict display in a function walked by values; a thread pops from each list; main then sums."""
import threading

totals = []


def drain(items):
    items.pop()


def main():
    plan = {"x": [5, 6, 7], "y": [1, 2]}
    threads = [threading.Thread(target=drain, args=(items,)) for items in plan.values()]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    for items in plan.values():
        totals.append(sum(items))


main()
print(totals)
