# Sourced by the scripts: exports each setting of scripts/settings.env that the environment does not
# already set.
while IFS='=' read -r key value; do
    if [[ $key =~ ^[A-Z_]+$ && -z ${!key:-} ]]; then
        export "$key=$value"
    fi
done <"$(dirname "${BASH_SOURCE[0]}")/settings.env"
