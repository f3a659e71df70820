"""A walked local dict display of lists; the callee stores into an item of its parameter."""
firsts = []


def reset(keys):
    keys[0] = 99


def main():
    plan = {0: [1, 2], 1: [3]}
    for keys in plan.values():
        reset(keys)
        firsts.append(keys[0])


main()
print(firsts)
