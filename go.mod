module zombielab

go 1.26
