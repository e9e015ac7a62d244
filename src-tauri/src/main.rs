fn main() {
    tokenready_app::run();
}
