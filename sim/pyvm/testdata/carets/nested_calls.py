def parse(text):
    return int(text)

def load(lines):
    return [parse(x) for x in lines]

print(sum(load(['1', '2', 'three'])))
