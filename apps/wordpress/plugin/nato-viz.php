<?php
/**
 * Plugin Name:       nato-viz charts
 * Plugin URI:        https://github.com/nato-viz/nato-viz
 * Description:       The three nato-viz charts on the proposed Ukraine deal (presence map, escalation ladder, actor stance matrix) as a block, a shortcode and pasted tags, served from your own site, with a static picture and data table for readers without JavaScript and for feeds.
 * Version:           @VERSION@
 * Requires at least: 6.1
 * Requires PHP:      8.2
 * Author:            nato-viz contributors
 * License:           GPL-2.0-or-later
 * License URI:       https://www.gnu.org/licenses/gpl-2.0.html
 * Text Domain:       nato-viz
 *
 * @package NatoViz
 */

namespace NatoViz;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const VERSION = '@VERSION@';
const FILE    = __FILE__;

require_once __DIR__ . '/includes/attributes.php';
require_once __DIR__ . '/includes/render.php';
require_once __DIR__ . '/includes/assets.php';
require_once __DIR__ . '/includes/content.php';

add_action( 'init', __NAMESPACE__ . '\\register' );
add_filter( 'wp_kses_allowed_html', __NAMESPACE__ . '\\allowed_html', 10, 2 );
add_filter( 'the_content', __NAMESPACE__ . '\\fill_pasted_tags', 20 );
add_filter( 'script_loader_tag', __NAMESPACE__ . '\\module_script_tag', 10, 2 );
add_action( 'wp_enqueue_scripts', __NAMESPACE__ . '\\enqueue_for_queried_posts' );
add_action( 'enqueue_block_editor_assets', __NAMESPACE__ . '\\enqueue_editor_assets' );

/** The block (from block.json, rendered on the server) and the shortcode. */
function register(): void {
	register_assets();
	register_block_type(
		__DIR__ . '/block',
		array( 'render_callback' => __NAMESPACE__ . '\\render_block' )
	);
	add_shortcode( 'nato-viz', __NAMESPACE__ . '\\render_shortcode' );
}
